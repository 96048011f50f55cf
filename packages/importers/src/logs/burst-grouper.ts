import { createTemplateMiner, formatTitleTag, type TemplateMiner } from '@aftermath/analysis';
import type { ImportedEntry } from '../importer';
import { buildEntry } from '../json-documents';
import { hashKey, toBurstEntry, type BurstContext, type LogBurst } from './log-burst';
import { rankLevel } from './level-rank';
import type { TimedLogRecord } from './log-record';

/** How bursts are cut and how many entries one file may add. */
export interface BurstOptions {
  /** A record further than this from its template's previous record starts a new burst; default 5 min. */
  windowMs?: number;
  /** Error and warning bursts beyond this many are only counted in the summary; default 1000. */
  maxEntries?: number;
}

export const DEFAULT_BURST_WINDOW_MS = 5 * 60_000;
export const DEFAULT_MAX_BURST_ENTRIES = 1000;

/**
 * Groups log records into bursts: records are assigned a template by an online miner, and the
 * records of one template and level rank, each within `windowMs` of the previous, form one burst
 * and one timeline entry. Only error and warning records are mined and become entries;
 * info-level records (and bursts beyond `maxEntries`) are counted in one `[INFO]` summary entry,
 * so a file of millions of lines adds a handful of entries. Memory grows with the number of templates, not of lines.
 *
 * @example
 * const grouper = new BurstGrouper({ format: 'jsonlines', evidenceId: 'ev1' });
 * grouper.add(record, (entry) => out.push(entry));
 * grouper.finish((entry) => out.push(entry));
 */
export class BurstGrouper {
  private readonly miner: TemplateMiner = createTemplateMiner();
  private readonly open = new Map<string, LogBurst>();
  private readonly windowMs: number;
  private readonly maxEntries: number;
  private emitted = 0;
  private quiet = 0;
  private overflow = 0;
  private firstQuiet: TimedLogRecord | null = null;

  constructor(
    private readonly context: BurstContext,
    options: BurstOptions = {},
  ) {
    this.windowMs = options.windowMs ?? DEFAULT_BURST_WINDOW_MS;
    this.maxEntries = options.maxEntries ?? DEFAULT_MAX_BURST_ENTRIES;
  }

  add(record: TimedLogRecord, emit: (entry: ImportedEntry) => void): void {
    const rank = rankLevel(record.level);
    if (rank === 'info') {
      // Info lines are only counted, so they are not mined: most of a log is info.
      this.quiet += 1;
      this.firstQuiet ??= record;
      return;
    }
    const match = this.miner.add(record.message);
    const key = `${rank}|${match.templateId}`;
    const burst = this.open.get(key);
    const at = record.instant;
    if (burst !== undefined && at.epochMs - burst.latest.epochMs <= this.windowMs) {
      burst.count += 1;
      burst.match = match;
      if (at.epochMs > burst.latest.epochMs) burst.latest = at;
      if (at.epochMs < burst.earliest.epochMs) burst.earliest = at;
      return;
    }
    if (burst !== undefined) this.close(burst, emit);
    this.open.set(key, { first: record, rank, match, earliest: at, latest: at, count: 1 });
  }

  /** Emits every open burst (earliest first) and the summary. */
  finish(emit: (entry: ImportedEntry) => void): void {
    const bursts = [...this.open.values()].sort((a, b) => a.first.line - b.first.line);
    this.open.clear();
    for (const burst of bursts) this.close(burst, emit);
    const summary = this.summary();
    if (summary !== null) emit(summary);
  }

  private close(burst: LogBurst, emit: (entry: ImportedEntry) => void): void {
    if (this.emitted >= this.maxEntries) {
      this.overflow += burst.count;
      this.firstQuiet ??= burst.first;
      return;
    }
    this.emitted += 1;
    emit(toBurstEntry(burst, this.context));
  }

  private summary(): ImportedEntry | null {
    const first = this.firstQuiet;
    if (first === null) return null;
    const quiet = this.quiet.toLocaleString('en-US');
    const templates = this.miner.templates().length.toLocaleString('en-US');
    return {
      dedupeKey: `${this.context.format}:summary:${hashKey([first.line, first.byteOffset, first.example])}`,
      entry: buildEntry({
        instant: first.instant,
        kind: 'log',
        title: `${formatTitleTag('info')} ${quiet} info-level log lines not shown one by one`,
        body: [
          `Info, debug and unlevelled lines: ${quiet} (error and warning templates: ${templates})`,
          this.overflow > 0
            ? `Error and warning lines beyond the first ${this.maxEntries} bursts: ${this.overflow.toLocaleString('en-US')}`
            : null,
          `First line: ${first.line} (byte ${first.byteOffset})`,
          `Example: ${first.example}`,
        ],
        source: this.context.format,
        service: null,
        evidence: {
          evidenceId: this.context.evidenceId,
          line: first.line,
          byteOffset: first.byteOffset,
          jsonPointer: null,
        },
      }),
    };
  }
}
