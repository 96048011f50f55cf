import {
  asArray,
  buildEntry,
  parseEpoch,
  readLabels,
  readNumber,
  readObject,
  readString,
  serviceFromLabels,
  taggedTitle,
  toServiceName,
  type Instant,
  type JsonObject,
  type RecordContext,
  type RecordResult,
} from '../json-documents';
import { readOpsgenieAction } from './opsgenie-actions';

/**
 * Reads one Opsgenie webhook body (`{ action, alert: { alertId, alias, tinyId, message, … } }`)
 * into a `page` entry at `alert.updatedAt` (the action's time; `createdAt` for Create). The first
 * word after the tag is the alias (or `#tinyId` when the alias is long), so an alert's Create
 * and Close pair up. Dedupe key: `opsgenie:<alertId>:<action>:<updatedAt>`.
 */
export function readOpsgenieBody(
  body: JsonObject,
  pointer: string,
  context: RecordContext,
): RecordResult {
  const action = readString(body, 'action');
  const alert = readObject(body, 'alert');
  const alertId = readString(alert, 'alertId');
  if (!action || !alertId) {
    const missing = action ? 'alert.alertId' : 'action';
    return { pointer, problem: `${missing} is required in an Opsgenie webhook body` };
  }
  const time = readActionTime(alert, action);
  if (!time) {
    return {
      pointer,
      problem: `Opsgenie ${action} for alert ${alertId} carries no alert.updatedAt time`,
    };
  }
  const reading = readOpsgenieAction(action);
  const details = readLabels(alert, 'details');
  const service = serviceFromLabels(details, ['service', 'app', 'job']) ?? serviceFromTags(alert);
  const user = readString(alert, 'username');
  const message = readString(alert, 'message') ?? '(no message)';
  return {
    dedupeKey: `opsgenie:${alertId}:${action}:${time.raw}`,
    entry: buildEntry({
      instant: time.instant,
      kind: 'page',
      title: taggedTitle(
        reading.tag,
        `${alertName(alert, alertId)} ${message} — ${reading.verb}${user ? ` by ${user}` : ''}`,
      ),
      body: describeAlert(body, alert),
      source: 'opsgenie',
      service,
      author: user,
      evidence: context.evidenceAt(pointer),
    }),
    signal: {
      groupKey: readString(alert, 'alias') ?? alertId,
      service,
      severity: readPriority(alert),
      status: reading.status,
      labels: details,
    },
  };
}

function readActionTime(alert: JsonObject | null, action: string) {
  const field =
    alert?.updatedAt !== undefined ? 'updatedAt' : action === 'Create' ? 'createdAt' : null;
  const value = field ? alert?.[field] : undefined;
  const instant: Instant | null = parseEpoch(value);
  return instant ? { instant, raw: String(value) } : null;
}

function alertName(alert: JsonObject | null, alertId: string): string {
  const alias = readString(alert, 'alias');
  if (alias && /^\S{1,60}$/.test(alias)) return alias;
  const tinyId = readString(alert, 'tinyId');
  return tinyId ? `#${tinyId}` : alertId;
}

function readPriority(alert: JsonObject | null): string | null {
  const number = readNumber(alert, 'priority');
  return number !== null ? `P${number}` : readString(alert, 'priority');
}

/** A `service:<name>` tag, the convention many Opsgenie integrations use. */
function serviceFromTags(alert: JsonObject | null): string | null {
  for (const tag of asArray(alert?.tags) ?? []) {
    if (typeof tag === 'string' && /^service[:=]/i.test(tag)) return toServiceName(tag.slice(8));
  }
  return null;
}

function describeAlert(body: JsonObject, alert: JsonObject | null): Array<string | null> {
  const line = (label: string, value: string | null) => (value ? `${label}: ${value}` : null);
  const tags = (asArray(alert?.tags) ?? []).filter((tag) => typeof tag === 'string');
  const alertId = readString(alert, 'alertId');
  const tinyId = readString(alert, 'tinyId');
  return [
    readString(alert, 'description'),
    line('Note', readString(alert, 'note')),
    line('Owner', readString(alert, 'owner')),
    line('Priority', readPriority(alert)),
    line('Entity', readString(alert, 'entity')),
    line('Tags', tags.length > 0 ? tags.join(', ') : null),
    line('Escalation', readString(body, 'escalationName')),
    line('Alert', tinyId ? `#${tinyId} (${alertId})` : alertId),
    line('Integration', readString(body, 'integrationName')),
  ];
}
