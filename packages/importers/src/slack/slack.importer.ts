import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type {
  ByteSource,
  ImportedEntry,
  Importer,
  ImportOptions,
  ImportSummary,
} from '../importer';
import {
  ArchiveError,
  openFolderArchive,
  openZipArchive,
  type ExportArchive,
} from './export-archive';
import { readSlackArchive } from './read-slack-archive';

/**
 * Slack workspace exports (the zip from "Export data": `users.json`, `channels.json` and one
 * folder per channel with a JSON array of messages per day). One `chat` entry per message at its
 * `ts`: user ids resolved to the names Slack shows, markup made plain, attachments (alerting
 * bots) and files listed, thread replies naming the message they answer, edits noted; joins and
 * leaves are left out. Dedupe key: `slack:<channel id>:<ts>`. Evidence pointers name the file
 * and the message: `/general~12026-11-20.json/3`.
 *
 * The zip is copied to a temporary file and read through its central directory, one file at a
 * time, so memory stays small whatever the export's size. An unpacked export folder is read with
 * {@link readSlackExport}.
 *
 * @example
 * for await (const item of slackImporter.read(source, options)) store(item);
 */
export const slackImporter: Importer = {
  format: 'slack',
  description: 'Slack export (zip)',
  detect: detectSlackExport,
  read: readSlackZip,
};

/**
 * Reads a Slack export from disk: a zip file or its unpacked folder (what
 * `aftermath import ./slack-export --format slack` is given). Same entries as
 * {@link slackImporter}; a path that is neither gives one problem.
 *
 * @example
 * const entries = readSlackExport('./slack-export', options);
 */
export async function* readSlackExport(
  path: string,
  options: ImportOptions,
): AsyncGenerator<ImportedEntry, ImportSummary> {
  const isFolder = await stat(path).then(
    (info) => info.isDirectory(),
    () => null,
  );
  if (isFolder === null) return failure(`${path}: no such file or folder`);
  return yield* readArchive(
    () => (isFolder ? openFolderArchive(path) : openZipArchive(path)),
    options,
  );
}

async function* readSlackZip(
  source: ByteSource,
  options: ImportOptions,
): AsyncGenerator<ImportedEntry, ImportSummary> {
  const folder = await mkdtemp(join(tmpdir(), 'aftermath-slack-'));
  try {
    const file = join(folder, 'export.zip');
    await pipeline(Readable.from(source()), createWriteStream(file));
    return yield* readArchive(() => openZipArchive(file), options);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function* readArchive(
  open: () => Promise<ExportArchive>,
  options: ImportOptions,
): AsyncGenerator<ImportedEntry, ImportSummary> {
  let archive: ExportArchive;
  try {
    archive = await open();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const hint =
      error instanceof ArchiveError ? ' (a Slack export is a .zip or its unpacked folder)' : '';
    return failure(`${reason}${hint}`);
  }
  try {
    return yield* readSlackArchive(archive, options);
  } finally {
    await archive.close();
  }
}

function failure(message: string): ImportSummary {
  return { records: 0, problems: [{ line: null, jsonPointer: null, message }] };
}

function detectSlackExport(head: string, name: string | null): number {
  if (!head.startsWith('PK\u0003\u0004')) return 0;
  const byName = /slack/i.test(name ?? '') ? 0.05 : 0;
  // Local file headers near the start name the first files of the archive.
  if (/(?:users|channels)\.json|\/\d{4}-\d{2}-\d{2}\.json/.test(head)) return 0.9 + byName;
  return 0.2 + byName;
}
