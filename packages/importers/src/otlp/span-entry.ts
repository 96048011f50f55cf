import { formatTitleTag } from '@aftermath/analysis';
import type { EvidenceRef } from '@aftermath/domain';
import type { ImportedEntry } from '../importer';
import { buildEntry, formatLabels, toServiceName } from '../json-documents';
import type { SpanInfo } from './span-record';
import { formatTraceLine } from './trace-lines';

/** Why a span is on the timeline. */
export type SpanRole = 'root' | 'stand-in' | 'other';

const ATTRIBUTES_MAX = 1_000;

/**
 * A `trace` entry for a span at its start time. An error span is titled
 * `[ERROR] checkout: POST /pay — gateway timeout`; a root span without error
 * `[INFO] checkout: POST /pay (1.2s, SERVER)`. The body keeps the trace id as a
 * `Trace: <hex>` line, the span and parent ids, kind, duration, status, the first exception
 * and the attributes. Dedupe key: `otlp-traces:<traceId>:<spanId>`.
 *
 * @example
 * spanEntry(span, 'root', evidence).entry.title; // '[INFO] my.service: GET / (1s, SERVER)'
 */
export function spanEntry(span: SpanInfo, role: SpanRole, evidence: EvidenceRef): ImportedEntry {
  const who = span.service ?? span.scope ?? 'otlp';
  const facts = [formatMs(span.durationMs), span.kind].filter(Boolean).join(', ');
  const title =
    span.status === 'ERROR'
      ? `${formatTitleTag('error')} ${who}: ${span.name}${detail(span.statusMessage ?? span.exception)}`
      : `${formatTitleTag('info')} ${who}: ${span.name}${facts ? ` (${facts})` : ''}`;
  return {
    dedupeKey: `otlp-traces:${span.traceId}:${span.spanId}`,
    entry: buildEntry({
      instant: span.start,
      kind: 'trace',
      title,
      body: bodyLines(span, role),
      source: 'otlp-traces',
      service: toServiceName(span.service),
      evidence,
    }),
  };
}

function bodyLines(span: SpanInfo, role: SpanRole): Array<string | null> {
  const attributes = formatLabels(span.attributes);
  return [
    formatTraceLine(span.traceId),
    `Span: ${span.spanId}${span.parentSpanId ? ` (parent ${span.parentSpanId})` : ''}`,
    roleLine(role),
    span.kind ? `Kind: ${span.kind}` : null,
    span.durationMs !== null ? `Duration: ${formatMs(span.durationMs)}` : null,
    `Status: ${span.status}${span.statusMessage ? ` — ${span.statusMessage}` : ''}`,
    span.exception ? `Exception: ${span.exception}` : null,
    attributes
      ? `Attributes: ${attributes.length > ATTRIBUTES_MAX ? `${attributes.slice(0, ATTRIBUTES_MAX)}…` : attributes}`
      : null,
    span.scope ? `Scope: ${span.scope}` : null,
  ];
}

function roleLine(role: SpanRole): string | null {
  switch (role) {
    case 'root':
      return 'Root span of the trace';
    case 'stand-in':
      return "Earliest span of the trace in this evidence (the trace's root span is not in it)";
    case 'other':
      return null;
  }
}

function detail(text: string | null): string {
  return text ? ` — ${text}` : '';
}

/** A span duration for people: `850µs`, `12ms`, `1.2s`, `3m 4s`. */
function formatMs(ms: number | null): string {
  if (ms === null) return '';
  if (ms < 1) return `${Math.round(ms * 1000)}µs`;
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0).replace(/\.0$/, '')}s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}m ${seconds % 60}s`;
}
