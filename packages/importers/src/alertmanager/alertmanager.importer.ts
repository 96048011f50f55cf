import type { Importer } from '../importer';
import {
  countKeys,
  createJsonImporter,
  hasKeyValue,
  listBodies,
  looksLikeJson,
  type RecordContext,
  type RecordResult,
} from '../json-documents';
import { extractAlertGroup, type AlertGroupSender } from './alert-group';

const alertmanager: AlertGroupSender = {
  source: 'alertmanager',
  bodyName: 'Alertmanager webhook body',
  extraLines: () => [],
};

/** Keys only Grafana adds to the Alertmanager shape; their presence means it is Grafana's. */
export const GRAFANA_MARKERS = ['orgId', 'dashboardURL', 'panelURL', 'silenceURL', 'valueString'];

/**
 * Prometheus Alertmanager webhook notifications (`version: "4"`), old and new shapes: with or
 * without `truncatedAlerts`, `notification_reason` and `routeLabels`. One `alert` entry per alert
 * and status; a resolution is a new entry. Dedupe key:
 * `alertmanager:<fingerprint>:<startsAt>:<status>`. Service from the `service`, `job` or `app`
 * label; the signal carries the group key, severity label and status. A saved JSON array of
 * bodies, or JSON lines of them, import too.
 *
 * @example
 * for await (const item of alertmanagerImporter.read(source, options)) store(item);
 */
export const alertmanagerImporter: Importer = createJsonImporter({
  format: 'alertmanager',
  description: 'Prometheus Alertmanager webhook (version 4)',
  detect: detectAlertmanager,
  extractRecords: extractAlertmanagerRecords,
});

function detectAlertmanager(head: string, name: string | null): number {
  if (!looksLikeJson(head)) return 0;
  const shape = countKeys(head, ['alerts', 'groupKey', 'commonLabels', 'receiver', 'startsAt']);
  if (shape < 2) return 0;
  const byName = name?.toLowerCase().includes('alertmanager') ? 0.05 : 0;
  if (countKeys(head, GRAFANA_MARKERS) > 0) return 0.3 + byName;
  return (hasKeyValue(head, 'version', '4') ? 0.9 : 0.6) + byName;
}

function* extractAlertmanagerRecords(
  value: unknown,
  context: RecordContext,
): Generator<RecordResult> {
  for (const { body, pointer } of listBodies(value)) {
    if (!body) {
      const problem = 'not an Alertmanager webhook body: expected a JSON object';
      yield { pointer, problem, aboutDocument: true };
      continue;
    }
    yield* extractAlertGroup(body, pointer, context, alertmanager);
  }
}
