import { createHash } from 'node:crypto';
import { serviceName, type TimelineKind } from '@aftermath/domain';
import { readEventTime, type EventTime } from './deploy-time';

/** What changed: a deploy, a config push, a feature-flag flip or a schema/data migration. */
export const deployKinds = ['deploy', 'config', 'feature-flag', 'migration'] as const;
export type DeployKind = (typeof deployKinds)[number];

/**
 * The generic deploy/change event, for tools Aftermath has no importer for:
 * `{ service, version, who, when, kind, description?, id? }`.
 *
 * @example
 * { "service": "checkout-api", "version": "1.4.2", "who": "ci-bot",
 *   "when": "2026-03-01T11:52:00Z", "kind": "deploy", "id": "deploy-8812" }
 */
export interface DeployEvent {
  service: string;
  version: string;
  who: string;
  when: EventTime;
  kind: DeployKind;
  description: string;
  /** The sender's id of the event, when it has one (the dedupe key). */
  id: string | null;
}

/** A field of a record that is missing or wrong, as `field: why`. */
export interface FieldProblem {
  field: string;
  message: string;
}

function text(record: Record<string, unknown>, field: string, problems: FieldProblem[]): string {
  const value = record[field];
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  const got = value === undefined ? 'it is missing' : `got ${JSON.stringify(value)}`;
  problems.push({ field, message: `expected a non-empty string; ${got}` });
  return '';
}

function optionalText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function readKind(value: unknown, problems: FieldProblem[]): DeployKind {
  const kind = deployKinds.find((known) => known === value);
  if (kind !== undefined) return kind;
  problems.push({
    field: 'kind',
    message: `expected one of ${deployKinds.join(', ')}; got ${JSON.stringify(value)}`,
  });
  return 'deploy';
}

/**
 * Checks one parsed record against the event shape, naming every bad field.
 *
 * @example
 * parseDeployEvent({ service: 'api', kind: 'deploy' }, 'UTC').problems[0];
 * // { field: 'version', message: 'expected a non-empty string; it is missing' }
 */
export function parseDeployEvent(
  value: unknown,
  defaultZone: string,
): { event: DeployEvent; problems: [] } | { event: null; problems: FieldProblem[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { event: null, problems: [{ field: '', message: 'expected a JSON object' }] };
  }
  const record = value as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  const service = text(record, 'service', problems);
  if (service !== '' && !serviceName.safeParse(service).success) {
    problems.push({
      field: 'service',
      message: `expected a lower-case slug such as checkout-api; got "${service}"`,
    });
  }
  const version = text(record, 'version', problems);
  const who = text(record, 'who', problems);
  const when = readEventTime(record.when, defaultZone);
  if (when === null) {
    const got = record.when === undefined ? 'it is missing' : `got ${JSON.stringify(record.when)}`;
    problems.push({
      field: 'when',
      message: `expected an ISO 8601 time or Unix epoch seconds/ms; ${got}`,
    });
  }
  const kind = readKind(record.kind, problems);
  if (problems.length > 0 || when === null) return { event: null, problems };
  const description = typeof record.description === 'string' ? record.description.trim() : '';
  return {
    event: { service, version, who, when, kind, description, id: optionalText(record.id) },
    problems: [],
  };
}

/** Keys sorted at every level, so the same record hashes the same however it was written. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** The event's id when it has one, else a hash of the record's content. */
export function deployDedupeKey(event: DeployEvent, record: unknown): string {
  if (event.id !== null) return `id:${event.id}`;
  return `sha256:${createHash('sha256').update(canonicalJson(record)).digest('hex')}`;
}

const titles: Record<DeployKind, (event: DeployEvent) => string> = {
  deploy: (event) => `Deployed ${event.service} ${event.version}`,
  config: (event) => `Config change on ${event.service} (${event.version})`,
  'feature-flag': (event) => `Feature flag change on ${event.service} (${event.version})`,
  migration: (event) => `Migration on ${event.service} (${event.version})`,
};

/** The timeline kind, title and body of an event. */
export function describeDeployEvent(event: DeployEvent): {
  kind: TimelineKind;
  title: string;
  body: string;
} {
  return {
    kind: event.kind === 'deploy' ? 'deploy' : 'change',
    title: titles[event.kind](event).slice(0, 500),
    body: event.description.slice(0, 20_000),
  };
}
