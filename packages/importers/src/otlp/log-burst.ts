import { createHash, type Hash } from 'node:crypto';
import { formatTitleTag } from '@aftermath/analysis';
import type { EvidenceRef } from '@aftermath/domain';
import type { ImportedEntry } from '../importer';
import {
  buildEntry,
  formatDuration,
  formatLabels,
  toServiceName,
  type Instant,
} from '../json-documents';
import type { LogLine } from './log-record';
import { formatTraceLine } from './trace-lines';

/** Records this far apart (from the first of the burst) still join it. */
export const BURST_WINDOW_MS = 60_000;
const MESSAGES_MAX = 10;
const TRACES_MAX = 10;
const MESSAGE_KEY_MAX = 300;

/**
 * Consecutive log records of one service and one severity range, within a minute of the first:
 * one timeline entry instead of one per line.
 */
export class LogBurst {
  private count = 1;
  private last: Instant;
  private earliest: Instant;
  private readonly messages = new Map<string, number>();
  private otherMessages = 0;
  private readonly traces = new Set<string>();
  private otherTraces = 0;
  private readonly hash: Hash = createHash('sha256');
  private digest: string | null = null;

  constructor(
    private readonly first: LogLine,
    private readonly evidence: EvidenceRef,
  ) {
    this.last = first.instant;
    this.earliest = first.instant;
    this.note(first);
  }

  /** True when `line` belongs to this burst: same service and range, close enough in time. */
  accepts(line: LogLine): boolean {
    return (
      line.service === this.first.service &&
      line.level === this.first.level &&
      Math.abs(line.instant.epochMs - this.first.instant.epochMs) <= BURST_WINDOW_MS
    );
  }

  add(line: LogLine): void {
    this.count += 1;
    if (line.instant.epochMs > this.last.epochMs) this.last = line.instant;
    if (line.instant.epochMs < this.earliest.epochMs) this.earliest = line.instant;
    this.note(line);
  }

  private note(line: LogLine): void {
    this.hash.update(`${line.fingerprint}\n`);
    const key = line.message.slice(0, MESSAGE_KEY_MAX);
    const seen = this.messages.get(key);
    if (seen !== undefined) this.messages.set(key, seen + 1);
    else if (this.messages.size < MESSAGES_MAX) this.messages.set(key, 1);
    else this.otherMessages += 1;
    if (line.traceId === null || this.traces.has(line.traceId)) return;
    if (this.traces.size < TRACES_MAX) this.traces.add(line.traceId);
    else this.otherTraces += 1;
  }

  /**
   * The burst as an entry at its earliest record, titled `[ERROR:12] checkout: db timeout`
   * (the range as the tag, the count when above one). Dedupe key: a hash of the burst's records,
   * so the same file imported twice adds nothing. The burst takes no records after this.
   */
  toEntry(): ImportedEntry {
    const { first } = this;
    const who = first.service ?? first.scope ?? 'otlp';
    const tag = formatTitleTag(first.level ?? 'LOG', this.count > 1 ? this.count : undefined);
    this.digest ??= this.hash.digest('hex');
    return {
      dedupeKey: `otlp-logs:${this.digest.slice(0, 32)}`,
      entry: buildEntry({
        instant: this.earliest,
        kind: 'log',
        title: `${tag} ${who}: ${first.message}`,
        body: this.bodyLines(),
        source: 'otlp-logs',
        service: toServiceName(first.service),
        evidence: this.evidence,
      }),
    };
  }

  private bodyLines(): Array<string | null> {
    const { first } = this;
    const level = first.level ?? 'unspecified';
    const span = formatDuration(this.last.epochMs - this.earliest.epochMs);
    return [
      first.message,
      `Level: ${level}${first.severityText ? ` (severityText "${first.severityText}")` : ''}`,
      this.count > 1
        ? `Records: ${this.count} from ${this.earliest.at} to ${this.last.at} (${span})`
        : null,
      ...this.messageLines(),
      Object.keys(first.attributes).length > 0
        ? `Attributes: ${formatLabels(first.attributes)}`
        : null,
      first.scope ? `Scope: ${first.scope}` : null,
      ...[...this.traces].map(formatTraceLine),
      this.otherTraces > 0 ? `… and ${this.otherTraces} more traces` : null,
    ];
  }

  private messageLines(): string[] {
    if (this.messages.size < 2) return [];
    const lines = [...this.messages].map(([message, count]) => `  ×${count} ${firstLine(message)}`);
    if (this.otherMessages > 0) lines.push(`  … and ${this.otherMessages} more records`);
    return ['Messages:', ...lines];
  }
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
