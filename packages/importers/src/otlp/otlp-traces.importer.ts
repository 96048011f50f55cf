import type { EvidenceRef } from '@aftermath/domain';
import type { Importer } from '../importer';
import { countKeys, looksLikeJson } from '../json-documents';
import { readOtlp, type CollectorResult, type OtlpCollector } from './read-otlp';
import { spanEntry } from './span-entry';
import { readSpan, type SpanInfo } from './span-record';
import type { OtlpRecord, OtlpShape } from './walk-otlp';

const tracesShape: OtlpShape = {
  name: 'OTLP/JSON traces',
  resources: 'resourceSpans',
  scopes: ['scopeSpans', 'instrumentationLibrarySpans'],
  items: 'spans',
  itemName: 'a span',
};

/** Traces followed for a missing root; past this, only root and error spans are added. */
const TRACKED_TRACES_MAX = 100_000;

/**
 * OTLP/JSON traces (`ExportTraceServiceRequest`: `resourceSpans` → `scopeSpans` → `spans`):
 * hex ids, integer span kind and status code, times as strings of nanoseconds. One export
 * request, a JSON array of them or JSON lines import.
 *
 * A `trace` entry is made for every span with status ERROR and for the root span of every trace
 * (no `parentSpanId`). When a trace's root is not in the evidence (a partial export), its
 * earliest span stands in, so each trace in the evidence appears at least once. Every entry's
 * body carries its trace id as a `Trace: <hex>` line (see `readTraceIds`).
 *
 * @example
 * for await (const item of otlpTracesImporter.read(source, options)) store(item);
 */
export const otlpTracesImporter: Importer = {
  format: 'otlp-traces',
  description: 'OpenTelemetry OTLP/JSON traces (resourceSpans)',
  detect: detectOtlpTraces,
  read: (source, options) => readOtlp(source, options, tracesShape, createTraceCollector()),
};

function detectOtlpTraces(head: string): number {
  if (!looksLikeJson(head)) return 0;
  if (countKeys(head, ['resourceSpans']) > 0) return 0.95;
  return countKeys(head, ['scopeSpans', 'spans', 'startTimeUnixNano', 'spanId']) >= 3 ? 0.7 : 0;
}

interface TraceState {
  rootSeen: boolean;
  standIn: { span: SpanInfo; evidence: EvidenceRef; emitted: boolean } | null;
}

function createTraceCollector(): OtlpCollector {
  const traces = new Map<string, TraceState>();
  let untracked = false;
  return {
    *add(item: OtlpRecord, evidence: EvidenceRef): Generator<CollectorResult> {
      const span = readSpan(item);
      if (typeof span === 'string') {
        yield { line: evidence.line, jsonPointer: evidence.jsonPointer, message: span };
        return;
      }
      let state = traces.get(span.traceId);
      if (!state && traces.size < TRACKED_TRACES_MAX) {
        state = { rootSeen: false, standIn: null };
        traces.set(span.traceId, state);
      } else if (!state) untracked = true;
      const isRoot = span.parentSpanId === null;
      if (isRoot || span.status === 'ERROR') {
        yield spanEntry(span, isRoot ? 'root' : 'other', evidence);
      }
      if (!state || state.rootSeen) return;
      if (isRoot) {
        state.rootSeen = true;
        state.standIn = null;
      } else if (!state.standIn || span.start.epochMs < state.standIn.span.start.epochMs) {
        state.standIn = { span, evidence, emitted: span.status === 'ERROR' };
      }
    },
    *finish(): Generator<CollectorResult> {
      for (const state of traces.values()) {
        const standIn = state.rootSeen ? null : state.standIn;
        if (standIn && !standIn.emitted)
          yield spanEntry(standIn.span, 'stand-in', standIn.evidence);
      }
      traces.clear();
      if (untracked) {
        const message =
          `more than ${TRACKED_TRACES_MAX} traces: for the later ones only root and error ` +
          'spans were added (no stand-in for a missing root span)';
        yield { line: null, jsonPointer: null, message };
      }
    },
  };
}
