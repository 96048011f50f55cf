import {
  emptyMilestones,
  findMilestoneOrderProblems,
  type IncidentKey,
  type Milestones,
  type PostmortemDocument,
} from '@aftermath/domain';
import {
  asArray,
  asObject,
  describeValue,
  parseInstant,
  readString,
  toServiceName,
  toTitle,
  type JsonObject,
} from '../json-documents';
import { severityOfImpact, typeOfIncident } from './statuspage-fields';
import { readUpdates, type StatusUpdate } from './statuspage-updates';

/** The key every parsed document carries until the caller gives it a real one. */
export const STATUSPAGE_PLACEHOLDER_KEY: IncidentKey = 'INC-1';

const TITLE_MAX = 300;
const SERVICES_MAX = 50;
const TAG_MAX = 50;

/** A parsed incident: a document, and the status-page incident it came from. */
export interface StatuspageDocument extends PostmortemDocument {
  /** The status page's incident id (`k1ldbsh8lq4v`); also the tag `statuspage:<id>`. */
  statuspageId: string;
  /** JSON pointer of the incident object in the input; entry pointers are relative to it. */
  sourcePointer: string;
}

/** What reading one incident gives: the document, or why not, plus notes about parts of it. */
export interface IncidentReading {
  document: StatuspageDocument | null;
  problems: Array<{ pointer: string; problem: string }>;
}

/**
 * One status-page incident as a document: milestones from its times (see
 * `parseStatuspageIncidents`), updates as timeline entries, components as services, impact as
 * severity. Pointers in problems are relative to the incident object.
 */
export function readIncident(incident: JsonObject, pageName: string | null): IncidentReading {
  const id = readString(incident, 'id')?.toLowerCase() ?? null;
  const tag = id ? `statuspage:${id}` : null;
  if (!id || !tag || tag.length > TAG_MAX || !/^[a-z0-9][a-z0-9._-]*$/.test(id)) {
    return fail(
      '/id',
      `id must be the status page's incident id (letters and digits), not ${describeValue(incident.id)}`,
    );
  }
  const name = readString(incident, 'name');
  if (!name)
    return fail('/name', `name must be the incident's title, not ${describeValue(incident.name)}`);
  const impact = readString(incident, 'impact')?.toLowerCase() ?? null;
  const severity = severityOfImpact(impact);
  if (!severity || !impact) {
    return fail(
      '/impact',
      `impact must be critical, major, minor, none or maintenance, not ${describeValue(incident.impact)}`,
    );
  }
  const createdAt = parseInstant(incident.created_at, 'UTC');
  if (!createdAt)
    return fail(
      '/created_at',
      `created_at must be an ISO 8601 time, not ${describeValue(incident.created_at)}`,
    );
  const { updates, problems } = readUpdates(incident, name);
  const milestones = readMilestones(incident, createdAt.at, updates);
  const orderProblems = findMilestoneOrderProblems(milestones);
  const override =
    orderProblems.length > 0
      ? `Times as published on the status page: ${orderProblems.map((p) => p.message).join('; ')}`.slice(
          0,
          2000,
        )
      : null;
  if (override)
    problems.push({
      pointer: '',
      problem: `milestones out of order as published, kept with an override: ${orderProblems.map((p) => p.message).join('; ')}`,
    });
  const components = componentNames(incident, updates);
  const document: StatuspageDocument = {
    statuspageId: id,
    sourcePointer: '',
    incident: {
      key: STATUSPAGE_PLACEHOLDER_KEY,
      title: shorten(toTitle(name, id), TITLE_MAX),
      severity,
      status: milestones.resolvedAt ? 'resolved' : milestones.mitigatedAt ? 'mitigated' : 'open',
      type: typeOfIncident(
        impact,
        updates.flatMap((update) => update.componentStatuses),
      ),
      services: [
        ...new Set(components.map(toServiceName).filter((s): s is string => s !== null)),
      ].slice(0, SERVICES_MAX),
      commander: null,
      visibility: 'normal',
      tags: ['statuspage', tag],
      customerImpact: {
        description: describeImpact(incident, impact, components, pageName),
        usersAffected: null,
        requestsAffected: null,
      },
      milestones,
      milestoneOrderOverride: override,
      recurrenceOf: null,
      createdAt: createdAt.at,
      updatedAt: parseInstant(incident.updated_at, 'UTC')?.at ?? createdAt.at,
    },
    postmortem: null,
    timeline: updates.map((update) => update.entry),
    actions: [],
  };
  return { document, problems };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function fail(pointer: string, problem: string): IncidentReading {
  return { document: null, problems: [{ pointer, problem }] };
}

/**
 * started_at (else created_at) → impact start; created_at → detected; the first `monitoring`
 * update (else monitoring_at) → mitigated; resolved_at (else the last `resolved` or `completed`
 * update) → resolved.
 */
function readMilestones(
  incident: JsonObject,
  createdAt: string,
  updates: StatusUpdate[],
): Milestones {
  const monitoring = updates.find((update) => update.status === 'monitoring');
  const closing = updates.filter(
    (update) => update.status === 'resolved' || update.status === 'completed',
  );
  return {
    ...emptyMilestones,
    impactStartedAt: parseInstant(incident.started_at, 'UTC')?.at ?? createdAt,
    detectedAt: createdAt,
    mitigatedAt: monitoring?.instant.at ?? parseInstant(incident.monitoring_at, 'UTC')?.at ?? null,
    resolvedAt: parseInstant(incident.resolved_at, 'UTC')?.at ?? closing.at(-1)?.instant.at ?? null,
  };
}

function componentNames(incident: JsonObject, updates: StatusUpdate[]): string[] {
  const listed = (asArray(incident.components) ?? []).map((item) =>
    readString(asObject(item), 'name'),
  );
  const named = [...listed, ...updates.flatMap((update) => update.components)];
  return [...new Set(named.filter((name): name is string => name !== null))];
}

function describeImpact(
  incident: JsonObject,
  impact: string,
  components: string[],
  pageName: string | null,
): string {
  const page = pageName ? `the ${pageName} status page` : 'the status page';
  const parts = [`Published on ${page} with ${impact} impact.`];
  if (components.length > 0) parts.push(`Components: ${components.join(', ')}.`);
  const link = readString(incident, 'shortlink');
  if (link) parts.push(link);
  return parts.join(' ').slice(0, 5000);
}
