import type {
  ByteSource,
  ImportedEntry,
  Importer,
  ImportOptions,
  ImportSummary,
} from '../importer';
import { corruptGzipProblem, GzipError } from '../json-documents/gunzip-if-needed';
import { ProblemList } from '../problem-list';
import { parseChatLine, parseReferenceDate, type CalendarDate } from './chat-line';
import { ChatTranscript, type TranscriptResult } from './chat-transcript';
import { readLines } from './read-lines';

/**
 * Import options for chat transcripts: the usual ones, plus the day that time-only lines
 * (`[14:02] alice: …`) belong to until the transcript names another.
 */
export interface ChatImportOptions extends ImportOptions {
  /** `YYYY-MM-DD`, in the default zone. */
  referenceDate?: string | null;
}

/** Options fixed when the importer is made (the CLI's `--reference-date`). */
export interface ChatImporterDefaults {
  /** `YYYY-MM-DD`; `ChatImportOptions.referenceDate` given to `read` wins over it. */
  referenceDate?: string;
}

/**
 * Plain chat transcripts, one message per line starting with a time, in the common shapes:
 * `[14:02] alice: text`, `2026-11-20 14:02:11 <alice> text`, `14:02 alice: text`,
 * `[2:02 PM] Alice Smith: text`; timed lines without a speaker (`[14:05] * bob joined`) are
 * kept without an author. Lines that do not start with a time continue the message before them.
 *
 * Time-only lines need a day: the reference date, a date line in the transcript (`2026-11-20`,
 * `--- Day changed Thu Nov 20 2026`) or an earlier dated line; when the clock goes back by more
 * than an hour the day moves on (midnight). Times carry no zone, so the default zone applies
 * and entries are flagged `zoneAssumed`. One `chat` entry per message, author = speaker,
 * evidence = the line (and byte offset) where the message starts. Dedupe key:
 * `chat:<instant>:<speaker>:<hash of the text>` (with a counter for repeats in the same minute).
 *
 * @example
 * const importer = createChatImporter({ referenceDate: '2026-11-20' });
 * for await (const item of importer.read(source, options)) store(item);
 */
export function createChatImporter(defaults: ChatImporterDefaults = {}): Importer {
  return {
    format: 'chat',
    description: 'plain chat transcript ([14:02] alice: text)',
    detect: detectChat,
    read: (source, options) => readChat(source, options, defaults),
  };
}

/** The chat importer without a fixed reference date (see {@link createChatImporter}). */
export const chatImporter: Importer = createChatImporter();

async function* readChat(
  source: ByteSource,
  options: ChatImportOptions,
  defaults: ChatImporterDefaults,
): AsyncGenerator<ImportedEntry, ImportSummary> {
  const problems = new ProblemList();
  const written = options.referenceDate ?? defaults.referenceDate ?? null;
  let referenceDate: CalendarDate | null = null;
  if (written !== null) {
    referenceDate = parseReferenceDate(written);
    if (!referenceDate) {
      const message = `referenceDate must be a date written YYYY-MM-DD, not "${written}"`;
      return { records: 0, problems: [{ line: null, jsonPointer: null, message }] };
    }
  }
  const transcript = new ChatTranscript(options.evidenceId, options.defaultZone, referenceDate);
  const sort = function* (results: Iterable<TranscriptResult>) {
    for (const result of results) {
      if ('message' in result) problems.add(result);
      else yield result;
    }
  };
  try {
    for await (const line of readLines(source)) yield* sort(transcript.push(line));
  } catch (error) {
    // A corrupt .gz is a problem of the evidence: keep the messages read before it.
    if (!(error instanceof GzipError)) throw error;
    problems.add(corruptGzipProblem(error));
  }
  yield* sort(transcript.finish());
  return { records: transcript.records, problems: problems.list() };
}

function detectChat(head: string, name: string | null): number {
  if (/^\uFEFF?\s*[[{]\s*["{[]/.test(head)) return 0;
  const lines = head.split('\n').slice(0, 200);
  if (lines.length > 1 && !head.endsWith('\n')) lines.pop(); // possibly cut mid-line
  const filled = lines.filter((line) => line.trim() !== '');
  if (filled.length === 0) return 0;
  const heads = filled.map((line) => parseChatLine(line)).filter((head) => head !== null);
  // Log files start lines with times too; chat lines also name who spoke.
  if (heads.filter((head) => head.speaker !== null).length * 2 < heads.length) return 0;
  const timed = heads.length / filled.length;
  const byName = /(?:chat|irc|transcript|slack)/i.test(name ?? '') ? 0.1 : 0;
  if (timed >= 0.6) return 0.75 + byName;
  return timed >= 0.3 ? 0.4 + byName : 0;
}
