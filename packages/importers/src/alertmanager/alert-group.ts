import { createHash } from 'node:crypto';
import {
  appendPointer,
  asArray,
  asObject,
  buildEntry,
  describeValue,
  formatDuration,
  formatLabels,
  parseInstant,
  readLabels,
  readNumber,
  readString,
  serviceFromLabels,
  type Instant,
  type JsonObject,
  type RecordContext,
  type RecordResult,
  taggedTitle,
} from '../json-documents';

/** Label names that name the service, in order of preference. */
export const SERVICE_LABELS = ['service', 'job', 'app'] as const;

/**
 * What differs between senders of the Alertmanager group shape (Alertmanager itself, Grafana).
 */
export interface AlertGroupSender {
  /** The format and entry source, e.g. `alertmanager`. */
  source: 'alertmanager' | 'grafana';
  /** How problems name the body, e.g. `Alertmanager webhook body`. */
  bodyName: string;
  /** Body lines from fields only this sender has (dashboard links, values). */
  extraLines(alert: JsonObject, group: JsonObject): Array<string | null>;
}

/**
 * Reads one group notification (`{ groupKey, status, alerts: [...] }`): one entry per alert and
 * status, so a resolution is a new entry. Dedupe key: source, fingerprint (or a hash of the
 * labels when the sender has none), `startsAt` and status.
 */
export function* extractAlertGroup(
  group: JsonObject,
  pointer: string,
  context: RecordContext,
  sender: AlertGroupSender,
): Generator<RecordResult> {
  const alerts = asArray(group.alerts);
  if (!alerts) {
    const problem = `not an ${sender.bodyName}: "alerts" must be an array of alerts`;
    yield { pointer: appendPointer(pointer, 'alerts'), problem, aboutDocument: true };
    return;
  }
  const truncated = readNumber(group, 'truncatedAlerts') ?? 0;
  if (truncated > 0) {
    const problem =
      `${truncated} more alerts of this group were left out by the sender (max_alerts); ` +
      'they are not in this evidence';
    yield { pointer: appendPointer(pointer, 'truncatedAlerts'), problem, aboutDocument: true };
  }
  for (let index = 0; index < alerts.length; index += 1) {
    const alertPointer = appendPointer(appendPointer(pointer, 'alerts'), index);
    yield readAlert(asObject(alerts[index]), group, alertPointer, context, sender);
  }
}

function readAlert(
  alert: JsonObject | null,
  group: JsonObject,
  pointer: string,
  context: RecordContext,
  sender: AlertGroupSender,
): RecordResult {
  if (!alert) return { pointer, problem: 'an alert must be an object' };
  const status = readString(alert, 'status') ?? readString(group, 'status');
  if (status !== 'firing' && status !== 'resolved') {
    return {
      pointer,
      problem: `alert status must be "firing" or "resolved", not ${describeValue(alert.status ?? group.status)}`,
    };
  }
  const startsAt = parseInstant(alert.startsAt, context.options.defaultZone);
  if (!startsAt) {
    return {
      pointer,
      problem: `startsAt must be an RFC 3339 time, not ${describeValue(alert.startsAt)}`,
    };
  }
  const endsAt = parseInstant(alert.endsAt, context.options.defaultZone);
  if (status === 'resolved' && !endsAt) {
    return { pointer, problem: `a resolved alert needs endsAt as an RFC 3339 time` };
  }
  const labels = readLabels(alert, 'labels');
  const fingerprint = readString(alert, 'fingerprint') ?? `labels-${hashLabels(labels)}`;
  const service = serviceFromLabels(labels, SERVICE_LABELS);
  return {
    dedupeKey: `${sender.source}:${fingerprint}:${String(alert.startsAt).trim()}:${status}`,
    entry: buildEntry({
      instant: status === 'resolved' && endsAt ? endsAt : startsAt,
      kind: 'alert',
      title: alertTitle(status, labels, readLabels(alert, 'annotations')),
      body: alertBody(status, alert, group, labels, { startsAt, endsAt }, sender),
      source: sender.source,
      service,
      evidence: context.evidenceAt(pointer),
    }),
    signal: {
      groupKey: readString(group, 'groupKey'),
      service,
      severity: labels.severity ?? null,
      status,
      labels: { ...readLabels(group, 'routeLabels'), ...labels },
    },
  };
}

function alertTitle(
  status: 'firing' | 'resolved',
  labels: Record<string, string>,
  annotations: Record<string, string>,
): string {
  // The alert name comes first so its firing and resolved entries pair up (see taggedTitle).
  const name = labels.alertname ?? 'Alert';
  const summary = annotations.summary ?? annotations.title ?? annotations.message;
  const detail = summary && summary !== name ? ` — ${summary}` : '';
  return taggedTitle(status, `${name}${detail}`);
}

function alertBody(
  status: 'firing' | 'resolved',
  alert: JsonObject,
  group: JsonObject,
  labels: Record<string, string>,
  times: { startsAt: Instant; endsAt: Instant | null },
  sender: AlertGroupSender,
): Array<string | null> {
  const annotations = readLabels(alert, 'annotations');
  const reason = readString(group, 'notification_reason');
  return [
    annotations.description ?? null,
    `Labels: ${formatLabels(labels)}`,
    `Started: ${times.startsAt.at}`,
    status === 'resolved' && times.endsAt
      ? `Ended: ${times.endsAt.at} (after ${formatDuration(times.endsAt.epochMs - times.startsAt.epochMs)})`
      : null,
    annotations.runbook_url ? `Runbook: ${annotations.runbook_url}` : null,
    readString(alert, 'generatorURL') ? `Source: ${readString(alert, 'generatorURL')}` : null,
    ...sender.extraLines(alert, group),
    readString(group, 'receiver') ? `Receiver: ${readString(group, 'receiver')}` : null,
    reason ? `Notification reason: ${reason}` : null,
  ];
}

/** A stable stand-in for the fingerprint older senders leave out: a hash of the sorted labels. */
function hashLabels(labels: Record<string, string>): string {
  return createHash('sha256').update(formatLabels(labels)).digest('hex').slice(0, 16);
}
