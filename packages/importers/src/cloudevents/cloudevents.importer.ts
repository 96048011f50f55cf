import type { Importer } from '../importer';
import {
  asArray,
  asObject,
  countKeys,
  createJsonImporter,
  hasKeyValue,
  looksLikeJson,
  type RecordContext,
  type RecordResult,
} from '../json-documents';
import { readCloudEvent } from './cloud-event';

/**
 * CloudEvents 1.0 in structured mode (`application/cloudevents+json`: one event) and batch mode
 * (`application/cloudevents-batch+json`: an array of events), also as JSON lines. Kind from the
 * event type (deploys, alerts, changes, platform events; CDEvents understood), at `time`;
 * dedupe key from `source` + `id`. Alert-like events carry a signal grouped by subject.
 *
 * @example
 * for await (const item of cloudeventsImporter.read(source, options)) store(item);
 */
export const cloudeventsImporter: Importer = createJsonImporter({
  format: 'cloudevents',
  description: 'CloudEvents 1.0 (structured or batch JSON)',
  detect: detectCloudEvents,
  extractRecords: extractCloudEvents,
});

function detectCloudEvents(head: string, name: string | null): number {
  if (!looksLikeJson(head) || countKeys(head, ['specversion']) === 0) return 0;
  const byName = name?.toLowerCase().includes('cloudevent') ? 0.05 : 0;
  const shape = countKeys(head, ['id', 'source', 'type']);
  return (hasKeyValue(head, 'specversion', '1.0') && shape >= 2 ? 0.9 : 0.6) + byName;
}

function* extractCloudEvents(value: unknown, context: RecordContext): Generator<RecordResult> {
  const batch = asArray(value);
  const events = batch
    ? batch.map((item, index) => [item, `/${index}`] as const)
    : [[value, ''] as const];
  for (const [item, pointer] of events) {
    const event = asObject(item);
    if (event) yield readCloudEvent(event, pointer, context);
    else yield { pointer, problem: 'a CloudEvent must be a JSON object' };
  }
}
