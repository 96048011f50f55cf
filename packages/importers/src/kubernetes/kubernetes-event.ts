import {
  buildEntry,
  describeValue,
  formatDuration,
  parseInstant,
  readLabels,
  readNumber,
  readObject,
  readString,
  serviceFromLabels,
  taggedTitle,
  type Instant,
  type JsonObject,
  type RecordContext,
  type RecordResult,
} from '../json-documents';
import { workloadService } from './workload-name';

/** An Event of either API (core/v1 or events.k8s.io/v1) in one shape. */
interface EventView {
  key: string;
  type: string | null;
  reason: string;
  message: string | null;
  object: JsonObject | null;
  first: Instant;
  last: Instant;
  count: number;
  reporter: string | null;
}

/**
 * Reads one Kubernetes Event, core/v1 or events.k8s.io/v1. Repeats (`count`, `series`) are one
 * entry at the first occurrence with the count and time range in the body. Warning events are
 * tagged `[ERROR]` (a platform warning, which can mark impact start); Normal ones `[INFO]`.
 * Dedupe key: `kubernetes:<uid>:<count>`, so a later snapshot with more repeats is a new entry.
 */
export function readKubernetesEvent(
  event: JsonObject,
  pointer: string,
  context: RecordContext,
): RecordResult {
  const view = readEventView(event, context.options.defaultZone);
  if (typeof view === 'string') return { pointer, problem: view };
  const kind = readString(view.object, 'kind');
  const name = readString(view.object, 'name');
  const target = name ? ` ${kind ? `${kind.toLowerCase()}/` : ''}${name}` : '';
  const repeats = view.count > 1 ? ` (×${view.count})` : '';
  const warning = view.type === 'Warning';
  const headline = `${warning ? 'Warning ' : ''}${view.reason}${target}: ${view.message ?? ''}`;
  const labels = readLabels(readObject(event, 'metadata'), 'labels');
  return {
    dedupeKey: `kubernetes:${view.key}:${view.count}`,
    entry: buildEntry({
      instant: view.first,
      kind: 'platform',
      title: taggedTitle(warning ? 'error' : 'info', `${headline}${repeats}`),
      body: describeEvent(event, view),
      source: 'kubernetes',
      service:
        serviceFromLabels(labels, ['app.kubernetes.io/name', 'app', 'service']) ??
        workloadService(kind, name),
      evidence: context.evidenceAt(pointer),
    }),
  };
}

function readEventView(event: JsonObject, zone: string): EventView | string {
  const metadata = readObject(event, 'metadata');
  const namespace = readString(metadata, 'namespace');
  const name = readString(metadata, 'name');
  const key = readString(metadata, 'uid') ?? (namespace && name ? `${namespace}/${name}` : null);
  if (!key) return 'metadata.uid (or metadata.namespace and name) is required';
  const reason = readString(event, 'reason');
  if (!reason) return 'reason is required';
  const times = readEventTimes(event, zone);
  if (typeof times === 'string') return times;
  const source = readObject(event, 'source') ?? readObject(event, 'deprecatedSource');
  return {
    key,
    type: readString(event, 'type'),
    reason,
    message: readString(event, 'message') ?? readString(event, 'note'),
    object: readObject(event, 'involvedObject') ?? readObject(event, 'regarding'),
    ...times,
    reporter:
      readString(event, 'reportingController') ??
      readString(event, 'reportingComponent') ??
      readString(source, 'component'),
  };
}

/**
 * First and last occurrence and count, from whichever fields the API version filled in: core/v1
 * `firstTimestamp`/`lastTimestamp`/`count`, events.k8s.io/v1 `eventTime` and `series`, or their
 * `deprecated*` copies.
 */
function readEventTimes(event: JsonObject, zone: string) {
  const metadata = readObject(event, 'metadata');
  const series = readObject(event, 'series');
  const time = (field: string, object: JsonObject | null = event) =>
    parseInstant(object?.[field], zone);
  const first =
    time('firstTimestamp') ??
    time('eventTime') ??
    time('deprecatedFirstTimestamp') ??
    time('creationTimestamp', metadata);
  if (!first) {
    const found = describeValue(event.firstTimestamp ?? event.eventTime);
    return `firstTimestamp or eventTime must be an RFC 3339 time, not ${found}`;
  }
  const last =
    time('lastObservedTime', series) ??
    time('lastTimestamp') ??
    time('deprecatedLastTimestamp') ??
    first;
  const count =
    readNumber(series, 'count') ??
    readNumber(event, 'count') ??
    readNumber(event, 'deprecatedCount');
  return {
    first,
    last: last.epochMs >= first.epochMs ? last : first,
    count: count !== null && count >= 1 ? Math.floor(count) : 1,
  };
}

function describeEvent(event: JsonObject, view: EventView): Array<string | null> {
  const object = view.object;
  const line = (label: string, value: string | null) => (value ? `${label}: ${value}` : null);
  const span = view.last.epochMs - view.first.epochMs;
  return [
    view.message,
    view.count > 1
      ? `Seen ${view.count} times from ${view.first.at} to ${view.last.at} (over ${formatDuration(span)})`
      : null,
    `${view.type ?? 'Untyped'} event`,
    line(
      'Object',
      [readString(object, 'kind'), readString(object, 'name')].filter(Boolean).join(' ') || null,
    ),
    line(
      'Namespace',
      readString(object, 'namespace') ?? readString(readObject(event, 'metadata'), 'namespace'),
    ),
    line('Field', readString(object, 'fieldPath')),
    line('Action', readString(event, 'action')),
    line('Reported by', view.reporter),
    line(
      'Host',
      readString(readObject(event, 'source') ?? readObject(event, 'deprecatedSource'), 'host') ??
        readString(event, 'reportingInstance'),
    ),
  ];
}
