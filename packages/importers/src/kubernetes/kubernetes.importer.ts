import type { Importer } from '../importer';
import {
  appendPointer,
  asArray,
  asObject,
  countKeys,
  createJsonImporter,
  hasKeyValue,
  looksLikeJson,
  readString,
  type RecordContext,
  type RecordResult,
} from '../json-documents';
import { readKubernetesEvent } from './kubernetes-event';

/**
 * Kubernetes Events, core/v1 and events.k8s.io/v1: single objects, `kubectl get events -o json`
 * lists (`kind: List`), API lists (`EventList`, whose items carry no kind), JSON arrays and the
 * concatenated objects of `kubectl get events -o json --watch`. One `platform` entry per Event,
 * repeats collapsed with their count and time range; Warning events tagged `[ERROR]`, Normal
 * `[INFO]`; service from the event's `app.kubernetes.io/name`/`app`/`service` label or the
 * object's workload name; dedupe key `kubernetes:<uid>:<count>`.
 *
 * @example
 * for await (const item of kubernetesImporter.read(source, options)) store(item);
 */
export const kubernetesImporter: Importer = createJsonImporter({
  format: 'kubernetes',
  description: 'Kubernetes Events (core/v1, events.k8s.io/v1, kubectl get events -o json)',
  detect: detectKubernetes,
  extractRecords: extractKubernetesEvents,
});

function detectKubernetes(head: string, name: string | null): number {
  if (!looksLikeJson(head)) return 0;
  const byName = /k8s|kube|events/i.test(name ?? '') ? 0.05 : 0;
  const eventKind = hasKeyValue(head, 'kind', 'Event') || hasKeyValue(head, 'kind', 'EventList');
  const shape = countKeys(head, [
    'involvedObject',
    'regarding',
    'reason',
    'firstTimestamp',
    'eventTime',
    'reportingController',
  ]);
  if (eventKind && shape >= 1) return 0.9 + byName;
  return shape >= 3 ? 0.7 + byName : 0;
}

function* extractKubernetesEvents(value: unknown, context: RecordContext): Generator<RecordResult> {
  const object = asObject(value);
  const items = asArray(object?.items);
  if (items) {
    yield* readItems(items, '/items', context);
  } else if (readString(object, 'kind')?.endsWith('List')) {
    const problem = 'a Kubernetes list needs an items array';
    yield { pointer: '/items', problem, aboutDocument: true };
  } else if (Array.isArray(value)) {
    yield* readItems(value, '', context);
  } else {
    yield readItem(value, '', context);
  }
}

function* readItems(
  items: unknown[],
  pointer: string,
  context: RecordContext,
): Generator<RecordResult> {
  for (let index = 0; index < items.length; index += 1) {
    yield readItem(items[index], appendPointer(pointer, index), context);
  }
}

function readItem(item: unknown, pointer: string, context: RecordContext): RecordResult {
  const event = asObject(item);
  if (!event) return { pointer, problem: 'a Kubernetes Event must be an object' };
  const kind = readString(event, 'kind');
  // Items of a typed EventList carry no kind; anything else named is not an Event.
  if (kind !== null && kind !== 'Event') {
    return { pointer, problem: `kind ${kind} is not a Kubernetes Event; it is not imported` };
  }
  return readKubernetesEvent(event, pointer, context);
}
