import type { ImportedEntry, ImportOptions, ImportSummary } from '../importer';
import { appendPointer, asArray } from '../json-documents';
import { ArchiveError, type ExportArchive } from './export-archive';
import { ProblemList } from '../problem-list';
import { SlackDirectory } from './slack-directory';
import { readSlackMessage } from './slack-message';
import { ThreadIndex } from './slack-threads';

/** One channel-day file: `<folder>/<YYYY-MM-DD>.json`. */
interface ChannelDay {
  name: string;
  folder: string;
  date: string;
}

const DIRECTORY_FILES = ['channels.json', 'groups.json', 'mpims.json', 'dms.json'];

/**
 * Reads a Slack export, file by file: first the directory (`users.json`, `channels.json` …),
 * then every channel-day file in date order, one `chat` entry per message. Evidence pointers
 * treat the export as one JSON object keyed by file path, so `/general~12026-11-20.json/3` is
 * the fourth message of `general/2026-11-20.json` (RFC 6901 escapes `/` as `~1`). A file that
 * cannot be read or parsed is a problem; reading goes on with the next.
 */
export async function* readSlackArchive(
  archive: ExportArchive,
  options: ImportOptions,
): AsyncGenerator<ImportedEntry, ImportSummary> {
  const problems = new ProblemList();
  const directory = new SlackDirectory();
  const root = findExportRoot(archive.names);
  await loadDirectory(archive, root, directory, problems);
  const days = listChannelDays(archive.names, root);
  if (days.length === 0) {
    const message = 'no channel files (<channel>/YYYY-MM-DD.json) in this Slack export';
    problems.add({ line: null, jsonPointer: null, message });
  }
  const threads = new ThreadIndex();
  let records = 0;
  for (const day of days) {
    const messages = asArray(await readJson(archive, day.name, problems));
    if (!messages) continue;
    const channel = directory.channelOfFolder(day.folder);
    const filePointer = appendPointer('', day.name);
    for (let index = 0; index < messages.length; index += 1) {
      records += 1;
      const jsonPointer = appendPointer(filePointer, index);
      const evidence = {
        evidenceId: options.evidenceId,
        line: null,
        byteOffset: null,
        jsonPointer,
      };
      const result = readSlackMessage(messages[index], { channel, directory, threads, evidence });
      if (typeof result === 'string') problems.add({ line: null, jsonPointer, message: result });
      else if (result) yield result;
    }
  }
  return { records, problems: problems.list() };
}

/** The folder holding `users.json` / `channels.json` (`''`, or `Export Nov 20/` in some zips). */
function findExportRoot(names: readonly string[]): string {
  let root: string | null = null;
  for (const name of names) {
    const match = /^(.*\/)?(?:users|channels)\.json$/.exec(name);
    const folder = match ? (match[1] ?? '') : null;
    if (folder !== null && (root === null || folder.length < root.length)) root = folder;
  }
  return root ?? '';
}

async function loadDirectory(
  archive: ExportArchive,
  root: string,
  directory: SlackDirectory,
  problems: ProblemList,
): Promise<void> {
  const names = new Set(archive.names);
  if (names.has(`${root}users.json`)) {
    const skipped = directory.addUsers(await readJson(archive, `${root}users.json`, problems));
    if (skipped > 0)
      note(problems, `${root}users.json`, `${skipped} entries without an id or a name`);
  } else {
    note(problems, `${root}users.json`, 'not in the export: messages show user ids, not names');
  }
  for (const file of DIRECTORY_FILES) {
    if (!names.has(`${root}${file}`)) continue;
    const skipped = directory.addChannels(await readJson(archive, `${root}${file}`, problems));
    if (skipped > 0) note(problems, `${root}${file}`, `${skipped} entries without an id`);
  }
}

function listChannelDays(names: readonly string[], root: string): ChannelDay[] {
  const days: ChannelDay[] = [];
  for (const name of names) {
    if (!name.startsWith(root)) continue;
    const match = /^([^/]+)\/(\d{4}-\d{2}-\d{2})\.json$/.exec(name.slice(root.length));
    if (match?.[1] && match[2]) days.push({ name, folder: match[1], date: match[2] });
  }
  return days.sort((a, b) => a.date.localeCompare(b.date) || a.folder.localeCompare(b.folder));
}

/** A file's parsed JSON, or undefined (with a problem) when it cannot be read or parsed. */
async function readJson(
  archive: ExportArchive,
  name: string,
  problems: ProblemList,
): Promise<unknown> {
  let text: string;
  try {
    text = await archive.readText(name);
  } catch (error) {
    // Archive errors name the file already.
    const message =
      error instanceof ArchiveError ? error.message : `${name} could not be read: ${String(error)}`;
    problems.add({ line: null, jsonPointer: appendPointer('', name), message });
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (!Array.isArray(value)) note(problems, name, 'expected a JSON array');
    return value;
  } catch (error) {
    note(
      problems,
      name,
      `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}

function note(problems: ProblemList, name: string, message: string): void {
  problems.add({
    line: null,
    jsonPointer: appendPointer('', name),
    message: `${name}: ${message}`,
  });
}
