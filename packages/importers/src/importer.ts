import type { CreateTimelineEntry, EvidenceFormat, EvidenceProblem } from '@aftermath/domain';

/**
 * Raw bytes that can be read more than once (detection reads the head, import reads it all).
 * Each call returns a fresh stream from the start.
 */
export type ByteSource = () => AsyncIterable<Uint8Array>;

/** What an importer needs besides the bytes. */
export interface ImportOptions {
  /** The evidence record the entries will point back to. */
  evidenceId: string;
  /** IANA zone (or `UTC`) for timestamps that carry none; such entries are flagged `zoneAssumed`. */
  defaultZone: string;
  /** Year for timestamps that carry none (syslog), usually the incident's year. */
  referenceYear: number;
}

/**
 * What the routing of webhooks needs to know about an alert-like record: which group it belongs
 * to, which service, how bad, and whether it is firing or resolved.
 */
export interface Signal {
  groupKey: string | null;
  service: string | null;
  severity: string | null;
  status: 'firing' | 'resolved' | 'info';
  labels: Record<string, string>;
}

/**
 * One timeline entry found in the evidence. `dedupeKey` is stable for the same real-world event
 * (Alertmanager fingerprint + startsAt, PagerDuty event id, Kubernetes uid + count, …) so a
 * repeated delivery or import adds nothing. `entry.evidence` locates it (line, byte offset or
 * JSON pointer) in the evidence `evidenceId`.
 */
export interface ImportedEntry {
  dedupeKey: string;
  entry: CreateTimelineEntry;
  signal?: Signal;
}

/** What an importer reports when it has read everything. */
export interface ImportSummary {
  records: number;
  problems: EvidenceProblem[];
}

/**
 * A parser for one evidence format, in its own folder under `packages/importers/src/<source>/`.
 *
 * @example
 * const entries = alertmanagerImporter.read(source, { evidenceId, defaultZone: 'UTC', referenceYear: 2026 });
 * for await (const item of entries) store(item);
 */
export interface Importer {
  readonly format: EvidenceFormat;
  /** One line for people, shown when `--format auto` says what it chose. */
  readonly description: string;
  /**
   * Confidence from 0 to 1 that the evidence is in this format, judged from its first bytes
   * decoded as UTF-8 (at most 64 KiB; possibly cut mid-record) and its name.
   */
  detect(head: string, name: string | null): number;
  /** Reads all the evidence, yielding entries as they are found; returns the summary. */
  read(source: ByteSource, options: ImportOptions): AsyncGenerator<ImportedEntry, ImportSummary>;
}
