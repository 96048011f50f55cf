import { extractAlertGroup, type AlertGroupSender } from '../alertmanager/alert-group';
import { GRAFANA_MARKERS } from '../alertmanager/alertmanager.importer';
import type { Importer } from '../importer';
import {
  countKeys,
  createJsonImporter,
  listBodies,
  looksLikeJson,
  readObject,
  readString,
  type JsonObject,
  type RecordContext,
  type RecordResult,
} from '../json-documents';

const grafana: AlertGroupSender = {
  source: 'grafana',
  bodyName: 'Grafana alerting webhook body',
  extraLines: grafanaLines,
};

/**
 * Grafana unified alerting webhook notifications (`version: "1"`, Grafana 8 and later): the
 * Alertmanager group shape plus dashboard, panel and silence links and the query values. One
 * `alert` entry per alert and status; dedupe key `grafana:<fingerprint>:<startsAt>:<status>`;
 * service from the `service`, `job` or `app` label. Legacy (pre-8) notifications carry no time
 * and are reported as a problem.
 *
 * @example
 * for await (const item of grafanaImporter.read(source, options)) store(item);
 */
export const grafanaImporter: Importer = createJsonImporter({
  format: 'grafana',
  description: 'Grafana alerting webhook (unified alerting)',
  detect: detectGrafana,
  extractRecords: extractGrafanaRecords,
});

function detectGrafana(head: string, name: string | null): number {
  if (!looksLikeJson(head)) return 0;
  const byName = name?.toLowerCase().includes('grafana') ? 0.05 : 0;
  const shape = countKeys(head, ['alerts', 'groupKey', 'commonLabels', 'receiver', 'startsAt']);
  if (shape >= 2 && countKeys(head, GRAFANA_MARKERS) > 0) return 0.9 + byName;
  if (countKeys(head, ['ruleName', 'evalMatches', 'ruleUrl']) >= 2) return 0.6 + byName;
  return 0;
}

function* extractGrafanaRecords(value: unknown, context: RecordContext): Generator<RecordResult> {
  for (const { body, pointer } of listBodies(value)) {
    if (!body) {
      const problem = 'not a Grafana alerting webhook body: expected a JSON object';
      yield { pointer, problem, aboutDocument: true };
    } else if (!('alerts' in body) && ('evalMatches' in body || 'ruleName' in body)) {
      const problem =
        'a legacy Grafana alert notification (before unified alerting) carries no time; ' +
        'send unified alerting webhooks (Grafana 8 or later) instead';
      yield { pointer, problem, aboutDocument: true };
    } else {
      yield* extractAlertGroup(body, pointer, context, grafana);
    }
  }
}

function grafanaLines(alert: JsonObject): Array<string | null> {
  const values = readObject(alert, 'values');
  const shown = values
    ? Object.entries(values)
        .filter(([, v]) => typeof v === 'number' || typeof v === 'string')
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(', ')
    : '';
  return [
    shown ? `Values: ${shown}` : link('Values', readString(alert, 'valueString')),
    link('Dashboard', readString(alert, 'dashboardURL')),
    link('Panel', readString(alert, 'panelURL')),
    link('Silence', readString(alert, 'silenceURL')),
    link('Image', readString(alert, 'imageURL')),
  ];
}

function link(label: string, value: string | null): string | null {
  return value ? `${label}: ${value}` : null;
}
