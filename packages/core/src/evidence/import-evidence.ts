import {
  DomainError,
  type Evidence,
  type EvidenceChannel,
  type EvidenceFormat,
  type Incident,
  type IncidentKey,
  type Principal,
} from '@aftermath/domain';
import { importers as registeredImporters, type Importer } from '@aftermath/importers';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { getIncident } from '../incidents';
import type { Repositories, StoredBlob } from '../ports';
import { gunzipHead, gunzipStream, isGzip, peekStream } from './byte-streams';
import { detectImporter, importerFor, type ImporterChoice } from './choose-importer';
import { capProblems, collectEntries, type CollectedEntries } from './collect-entries';
import { ProgressMeter, type ImportProgress } from './import-progress';

/** How many leading bytes (decompressed) importers see when asked to detect their format. */
export const detectionHeadBytes = 64 * 1024;

/** One piece of evidence to import into an incident. */
export interface ImportEvidenceInput {
  /** The raw bytes, read once from the start (a file, stdin, an HTTP body); gzip is unpacked. */
  source: AsyncIterable<Uint8Array>;
  /** The file name or upload name, shown to people and given to format detection. */
  name: string;
  format: EvidenceFormat | 'auto';
  channel: EvidenceChannel;
  /** IANA zone for timestamps that carry none (flagged `zoneAssumed`); `UTC` by default. */
  defaultZone?: string;
  /** Size of `source` when known in advance (a file), for progress while storing. */
  sizeHint?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** The importers to choose from; the registry of `@aftermath/importers` by default. */
  importers?: readonly Importer[];
  /**
   * Where the caller keeps the bytes itself (a webhook body, kept with its delivery record): they
   * are not put in the blob store here. Only for input smaller than {@link detectionHeadBytes},
   * which is read from memory.
   */
  keptAs?: StoredBlob;
}

/** Zones already accepted: building a formatter to check one costs about 0.4 ms per import. */
const knownZones = new Set<string>(['UTC']);

function assertZone(zone: string): void {
  if (knownZones.has(zone)) return;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    knownZones.add(zone);
  } catch {
    const message = `unknown time zone "${zone}"; use an IANA name such as Europe/Berlin, or UTC`;
    throw new DomainError('validation', `zone: ${message}`, [{ path: 'zone', message }]);
  }
}

/** Evidence names are for people; a very long path keeps its end, where the file name is. */
function displayName(name: string): string {
  const trimmed = name.trim() === '' ? 'evidence' : name.trim();
  return trimmed.length <= 500 ? trimmed : `…${trimmed.slice(-499)}`;
}

async function readHead(head: Uint8Array, gzip: boolean, name: string): Promise<string> {
  const text = gzip ? await gunzipHead(head, detectionHeadBytes, name) : head;
  return new TextDecoder('utf-8').decode(text);
}

function chooseImporter(
  importers: readonly Importer[],
  format: EvidenceFormat | 'auto',
  head: string,
  name: string,
): ImporterChoice {
  const named = importerFor(importers, format);
  if (named !== null) return { importer: named, confidence: 1, detected: false };
  return detectImporter(importers, head, name);
}

/** The evidence read so far: the stream (head not yet consumed), its importer, gzip or not. */
interface PreparedImport {
  stream: AsyncIterable<Uint8Array>;
  /** All the bytes when the input fit in the detection head (a webhook body, a small file). */
  whole: Uint8Array | null;
  choice: ImporterChoice;
  gzip: boolean;
}

/** Everything that can be refused before a byte is stored: empty input, bad gzip, no format. */
async function prepareImport(
  input: ImportEvidenceInput,
  importers: readonly Importer[],
  name: string,
): Promise<PreparedImport> {
  const peeked = await peekStream(input.source, detectionHeadBytes);
  try {
    if (peeked.head.byteLength === 0) {
      throw new DomainError('validation', `${name}: is empty; there is nothing to import`, [
        { path: 'source', message: 'empty' },
      ]);
    }
    const gzip = isGzip(peeked.head);
    const head = await readHead(peeked.head, gzip, name);
    return {
      stream: peeked.rest,
      whole: peeked.whole,
      choice: chooseImporter(importers, input.format, head, name),
      gzip,
    };
  } catch (error) {
    await peeked.close();
    throw error;
  }
}

/** Stores the raw bytes, then runs the importer over the stored blob. */
async function storeAndRead(
  ctx: Context,
  referenceYear: number,
  prepared: PreparedImport,
  input: ImportEvidenceInput & { name: string; defaultZone: string },
) {
  const meter = new ProgressMeter(input.onProgress);
  meter.begin('storing', input.sizeHint ?? null);
  if (input.keptAs !== undefined && prepared.whole === null) {
    throw new Error(`keptAs is only for input under ${detectionHeadBytes} bytes`);
  }
  const blob = input.keptAs ?? (await ctx.store.blobs.put(meter.countBytes(prepared.stream)));
  meter.end();
  const evidenceId = ctx.newId();
  const receivedAt = ctx.clock().toISOString();
  meter.begin('reading', blob.bytes);
  // Input that fit in the head is read again from memory: the stored blob holds the same bytes.
  const { whole } = prepared;
  const source = () => {
    const raw = meter.countBytes(whole === null ? ctx.store.blobs.open(blob.sha256) : [whole]);
    return meter.countLines(prepared.gzip ? gunzipStream(raw, input.name) : raw);
  };
  const { importer } = prepared.choice;
  // The incident is named when the entries are recorded (recordEvidence sets the key).
  const collected = await collectEntries(
    importer,
    source,
    { evidenceId, defaultZone: input.defaultZone, referenceYear },
    { key: '', format: importer.format, newId: ctx.newId, createdAt: receivedAt },
  );
  meter.end();
  return { blob, evidenceId, receivedAt, collected };
}

/** Evidence whose bytes are stored and read, waiting for {@link recordEvidence}. */
export interface ReadEvidence {
  name: string;
  format: EvidenceFormat;
  channel: EvidenceChannel;
  blob: StoredBlob;
  evidenceId: string;
  /** UTC ISO 8601; also the entries' `createdAt`. */
  receivedAt: string;
  collected: CollectedEntries;
}

/** The year assumed for timestamps without one: the year the incident's impact began. */
function referenceYearOf(incident: Incident): number {
  return new Date(incident.milestones.impactStartedAt ?? incident.createdAt).getUTCFullYear();
}

/**
 * The slow half of an import, outside any transaction: checks the input, stores the raw bytes
 * (with an fsync) and runs the importer, writing no database row. The blob is content-addressed,
 * so one whose record is never written harms nothing and `aftermath gc` collects it.
 * `referenceYear` is the year assumed for timestamps that carry none (syslog).
 */
export async function readEvidence(
  ctx: Context,
  input: ImportEvidenceInput,
  referenceYear: number,
): Promise<ReadEvidence> {
  const name = displayName(input.name);
  const importers = input.importers ?? registeredImporters;
  const defaultZone = input.defaultZone ?? 'UTC';
  assertZone(defaultZone);
  const prepared = await prepareImport(input, importers, name);
  const read = await storeAndRead(ctx, referenceYear, prepared, { ...input, name, defaultZone });
  return { ...read, name, format: prepared.choice.importer.format, channel: input.channel };
}

/**
 * The quick half, inside the caller's transaction `tx`: writes the evidence record and every new
 * entry of `read` into incident `key` (entries whose dedupe key the incident has seen are skipped).
 * `incident` is the incident when the caller already read it in `tx` (it is not read again).
 */
export async function recordEvidence(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  read: ReadEvidence,
  tx: Repositories,
  incident?: Incident,
): Promise<Evidence> {
  const target = incident?.key === key ? incident : await getIncident(ctx, principal, key, tx);
  authorize(principal, 'incident.read', target);
  authorize(principal, 'timeline.write', target);
  const entries = read.collected.entries.map(({ dedupeKey, entry }) => ({
    dedupeKey,
    entry: { ...entry, incidentKey: key },
  }));
  const { added, duplicates } = await tx.timeline.insertMany(entries);
  const evidence: Evidence = {
    id: read.evidenceId,
    incidentKey: key,
    format: read.format,
    channel: read.channel,
    name: read.name,
    sha256: read.blob.sha256,
    bytes: read.blob.bytes,
    receivedAt: read.receivedAt,
    records: read.collected.records,
    entriesAdded: added,
    duplicatesSkipped: duplicates,
    problems: capProblems(read.collected.problems),
  };
  await tx.evidence.insert(evidence);
  return evidence;
}

/**
 * Imports one piece of evidence into an incident's timeline: keeps the raw bytes in the blob
 * store (by SHA-256; gzip is read transparently), detects the format when asked for `auto`, runs
 * the importer, then writes the evidence record and every new entry in one transaction, so an
 * import lands whole or not at all. Entries whose dedupe key the incident has seen are skipped:
 * importing the same bytes again adds nothing. Bad input (unknown format, empty, corrupt gzip,
 * unknown incident or zone) is refused before anything is stored.
 *
 * @example
 * const evidence = await importEvidence(ctx, principal, 'INC-7', {
 *   source: createReadStream('deploys.jsonl'), name: 'deploys.jsonl', format: 'auto', channel: 'cli',
 * });
 * evidence.entriesAdded; // 12
 */
export async function importEvidence(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  input: ImportEvidenceInput,
): Promise<Evidence> {
  assertZone(input.defaultZone ?? 'UTC');
  importerFor(input.importers ?? registeredImporters, input.format);
  const incident = await getIncident(ctx, principal, key);
  authorize(principal, 'timeline.write', incident);
  const read = await readEvidence(ctx, input, referenceYearOf(incident));
  return ctx.store.transaction((tx) => recordEvidence(ctx, principal, key, read, tx));
}
