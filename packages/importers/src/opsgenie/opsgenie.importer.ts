import type { Importer } from '../importer';
import {
  countKeys,
  createJsonImporter,
  listBodies,
  looksLikeJson,
  type RecordContext,
  type RecordResult,
} from '../json-documents';
import { readOpsgenieBody } from './opsgenie-alert';

/**
 * Opsgenie webhook integration bodies: Create, Acknowledge, UnAcknowledge, Close, AddNote,
 * Escalate, TakeOwnership, … One `page` entry per body, tagged `[FIRING]` (Create),
 * `[ACKNOWLEDGED]`, `[RESOLVED]` (Close) or `[INFO]`; dedupe key
 * `opsgenie:<alertId>:<action>:<updatedAt>`; service from the alert's `service`/`app`/`job`
 * detail or a `service:<name>` tag; the signal's group key is the alias.
 *
 * @example
 * for await (const item of opsgenieImporter.read(source, options)) store(item);
 */
export const opsgenieImporter: Importer = createJsonImporter({
  format: 'opsgenie',
  description: 'Opsgenie webhook',
  detect: detectOpsgenie,
  extractRecords: extractOpsgenieRecords,
});

function detectOpsgenie(head: string, name: string | null): number {
  if (!looksLikeJson(head)) return 0;
  const byName = name?.toLowerCase().includes('opsgenie') ? 0.05 : 0;
  if (countKeys(head, ['action', 'alert']) < 2) return 0;
  const markers = countKeys(head, [
    'alertId',
    'tinyId',
    'integrationName',
    'integrationId',
    'alias',
  ]);
  return markers >= 2 ? 0.9 + byName : markers === 1 ? 0.6 + byName : 0;
}

function* extractOpsgenieRecords(value: unknown, context: RecordContext): Generator<RecordResult> {
  for (const { body, pointer } of listBodies(value)) {
    if (body) yield readOpsgenieBody(body, pointer, context);
    else yield { pointer, problem: 'not an Opsgenie webhook body: expected a JSON object' };
  }
}
