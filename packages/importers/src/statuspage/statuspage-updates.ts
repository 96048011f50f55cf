import { formatTitleTag } from '@aftermath/analysis';
import type { DocumentTimelineEntry } from '@aftermath/domain';
import {
  appendPointer,
  asArray,
  asObject,
  buildEntry,
  describeValue,
  parseInstant,
  readString,
  toServiceName,
  type Instant,
  type JsonObject,
} from '../json-documents';
import { htmlToText, readableStatus } from './statuspage-fields';

/** The evidence id entries carry until the caller stores the evidence and sets its id. */
export const STATUSPAGE_EVIDENCE_PLACEHOLDER = 'statuspage-evidence';

/** One incident update read: its status, when it was shown, and what it said. */
export interface StatusUpdate {
  status: string | null;
  instant: Instant;
  entry: DocumentTimelineEntry;
  /** Component statuses it reported (`major_outage` …). */
  componentStatuses: string[];
  /** Names of the components it reported on. */
  components: string[];
}

/**
 * The incident's updates, oldest first, as `status` entries: titled with the status as a tag
 * and the first line of the message (`[MONITORING] A fix has been implemented …`), the body the
 * message as text plus the component changes. Each is placed at `display_at` (the time the page
 * shows; history imports back-fill `created_at`), else `created_at`. An update without a time is
 * a problem, not an entry. Evidence pointers are relative to the incident object.
 */
export function readUpdates(
  incident: JsonObject,
  name: string,
): { updates: StatusUpdate[]; problems: Array<{ pointer: string; problem: string }> } {
  const updates: StatusUpdate[] = [];
  const problems: Array<{ pointer: string; problem: string }> = [];
  const list = asArray(incident.incident_updates) ?? [];
  for (let index = 0; index < list.length; index += 1) {
    const pointer = appendPointer('/incident_updates', index);
    const update = asObject(list[index]);
    const instant =
      parseInstant(update?.display_at, 'UTC') ?? parseInstant(update?.created_at, 'UTC');
    if (!update || !instant) {
      const problem = `an update needs display_at or created_at as an ISO 8601 time, not ${describeValue(update?.display_at ?? update?.created_at)}`;
      problems.push({ pointer, problem });
      continue;
    }
    updates.push(readUpdate(update, instant, pointer, name));
  }
  // Newest first on the page; equal times keep the order they happened in.
  const order = updates.map((update, index) => ({ update, index }));
  order.sort((a, b) => a.update.instant.epochMs - b.update.instant.epochMs || b.index - a.index);
  return { updates: order.map(({ update }) => update), problems };
}

function readUpdate(
  update: JsonObject,
  instant: Instant,
  pointer: string,
  name: string,
): StatusUpdate {
  const status = readString(update, 'status')?.toLowerCase() ?? null;
  const text = htmlToText(readString(update, 'body') ?? '');
  const changes = (asArray(update.affected_components) ?? []).map(asObject).filter(isObject);
  const components = changes.map((change) => readString(change, 'name')).filter(isString);
  const services = [...new Set(components.map(toServiceName).filter(isString))];
  const tag = status && /^[a-z][a-z_]*$/.test(status) ? `${formatTitleTag(status)} ` : '';
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? name;
  const entry = buildEntry({
    instant,
    kind: 'status',
    title: `${tag}${firstLine}`,
    body: [text, ...changes.map(describeChange)],
    source: 'statuspage',
    service: services.length === 1 ? (services[0] ?? null) : null,
    evidence: {
      evidenceId: STATUSPAGE_EVIDENCE_PLACEHOLDER,
      line: null,
      byteOffset: null,
      jsonPointer: pointer,
    },
  });
  const componentStatuses = changes
    .map((change) => readString(change, 'new_status'))
    .filter(isString);
  return { status, instant, entry, components, componentStatuses };
}

function describeChange(change: JsonObject): string | null {
  const name = readString(change, 'name');
  const before = readString(change, 'old_status');
  const after = readString(change, 'new_status');
  if (!name || !after) return null;
  const move = before && before !== after ? `${readableStatus(before)} → ` : '';
  return `Component ${name}: ${move}${readableStatus(after)}`;
}

function isObject(value: JsonObject | null): value is JsonObject {
  return value !== null;
}

function isString(value: string | null): value is string {
  return value !== null;
}
