import { RecurrenceFamilies, postmortemPublishedAtSetting } from '@aftermath/core';
import type { IncidentKey } from '@aftermath/domain';
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor } from '../database';
import type { DialectCapabilities } from '../dialects/dialect';
import type { MetricSummaryTable } from '../metrics-summary.tables';
import { refreshActionFigures, withRollupDelta } from './metric-rollup';
import { countLogTraceEntries, readPostmortemKeys } from './metrics-aggregates.query';

// The metrics summary rows of some incidents, worked out again from their records: one handful of
// set-based statements per thousand incidents. The write hook runs it for the incidents a write
// touched (inside the write's transaction); the migration and the benchmark run it for all.

/** What the refresh asks of the dialect: how the trace-id line is matched. */
export type SummaryDialect = Pick<DialectCapabilities, 'patternMatch'>;

/** Keys per round: well under both dialects' bound-parameter limits (22 columns a row). */
const CHUNK = 1000;

/** Whole milliseconds from `from` to `to`; null when either is missing or `to` is earlier. */
function spanMs(from: string | null, to: string | null): number | null {
  if (from === null || to === null) return null;
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

async function countBy(
  db: Executor,
  table: 'incident_services' | 'evidence',
  keys: readonly IncidentKey[],
): Promise<Map<IncidentKey, number>> {
  const counted =
    table === 'evidence'
      ? sql<number | string>`count(distinct format)`
      : sql<number | string>`count(*)`;
  const rows = await db
    .selectFrom(table)
    .select(['incident_key', counted.as('n')])
    .where('incident_key', 'in', keys)
    .groupBy('incident_key')
    .execute();
  return new Map(rows.map((row) => [row.incident_key, Number(row.n)]));
}

/** First publication per incident, a covered incident taking its joint postmortem's. */
async function readPublishedAt(
  db: Executor,
  keys: readonly IncidentKey[],
): Promise<Map<IncidentKey, string>> {
  const [setting, links] = await Promise.all([
    db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', postmortemPublishedAtSetting)
      .executeTakeFirst(),
    db
      .selectFrom('postmortem_links')
      .select(['incident_key', 'primary_key'])
      .where('incident_key', 'in', keys)
      .execute(),
  ]);
  const recorded = setting ? (JSON.parse(setting.value) as Record<string, unknown>) : {};
  const at = (key: string) => (typeof recorded[key] === 'string' ? recorded[key] : undefined);
  const primaryOf = new Map(links.map((link) => [link.incident_key, link.primary_key]));
  const published = new Map<IncidentKey, string>();
  for (const key of keys) {
    const time = at(primaryOf.get(key) ?? key);
    if (time !== undefined) published.set(key, time);
  }
  return published;
}

type Previous = Selectable<MetricSummaryTable>;
type Row = Insertable<MetricSummaryTable>;

/** The columns the roll-up adds up (or groups by): a change elsewhere leaves it as it is. */
const rolledUp: (keyof Row)[] = [
  'impact_started_at',
  'severity',
  'type',
  'mttr_ms',
  'mttm_ms',
  'mttd_ms',
  'mtta_ms',
  'lag_ms',
  'service_count',
  'checklist_passed',
  'checklist_total',
  'covered',
  'log_trace_entries',
  'trace_id_entries',
  'recurred',
];

/** Equal as stored (PostgreSQL returns bigint columns as text). */
function same(a: unknown, b: unknown): boolean {
  if (a === b || (a ?? null) === (b ?? null)) return true;
  return (typeof a === 'number' || typeof b === 'number') && Number(a) === Number(b);
}

const differs = (row: Row, old: Previous | undefined, columns: (keyof Row)[]) =>
  !old || columns.some((column) => !same(row[column], old[column as keyof Previous]));

/**
 * What a write changed besides the figures every refresh works out: incident rows (links and
 * starts, so recurrence families are read again) and action items (their figures).
 */
export interface SummaryChange {
  incidents: boolean;
  actions: boolean;
}

const everything: SummaryChange = { incidents: true, actions: true };

/**
 * Works out the summary rows of `keys`. A refresh keeps the roll-up with them; a backfill
 * (`rollup: false`) leaves it to be rebuilt once at the end.
 */
async function refreshChunk(
  db: Executor,
  dialect: SummaryDialect,
  keys: readonly IncidentKey[],
  rollup: boolean,
  change: SummaryChange,
): Promise<void> {
  const [incidents, services, formats, postmortems, logTrace, published, previous] =
    await Promise.all([
      db.selectFrom('incidents').selectAll().where('key', 'in', keys).execute(),
      countBy(db, 'incident_services', keys),
      countBy(db, 'evidence', keys),
      readPostmortemKeys(db, keys),
      countLogTraceEntries(db, keys, dialect),
      readPublishedAt(db, keys),
      db
        .selectFrom('incident_metric_summaries')
        .selectAll()
        .where('incident_key', 'in', keys)
        .execute(),
    ]);
  if (incidents.length === 0) return;
  const before = new Map<IncidentKey, Previous>(previous.map((row) => [row.incident_key, row]));
  // Families change only with incident rows; other writes keep what the row says.
  const keep = !change.incidents && incidents.every((incident) => before.has(incident.key));
  const families = keep ? new Map<IncidentKey, FamilyMember[]>() : await readFamilies(db, keys);
  const recurrence = new RecurrenceFamilies();
  const added = new Set<IncidentKey>();
  for (const member of [...families.values()].flat()) {
    if (added.has(member.key)) continue;
    added.add(member.key);
    recurrence.add({
      key: member.key,
      recurrenceOf: member.recurrence_of,
      createdAt: member.created_at,
      milestones: { impactStartedAt: member.impact_started_at },
    });
  }
  const familyFacts = (key: IncidentKey) => {
    const old = before.get(key);
    if (keep && old)
      return { linked: old.linked, recurrence_root: old.recurrence_root, recurred: old.recurred };
    const family = families.get(key) ?? [];
    const linked = family.length > 1;
    const root = family.find((member) => member.recurrence_of === null)?.key ?? null;
    return {
      linked: linked ? (1 as const) : (0 as const),
      recurrence_root: linked ? root : null,
      recurred: linked && recurrence.recurred(key) ? (1 as const) : (0 as const),
    };
  };
  const rows = incidents.map((incident): Row => {
    const start = incident.impact_started_at;
    const resolved = incident.resolved_at;
    const hasWindow = start !== null && resolved !== null && resolved >= start;
    const formatCount = formats.get(incident.key) ?? 0;
    const hasPostmortem = postmortems.has(incident.key);
    // Gaps need the timeline and the sources' cadence, checklists the policy and linters: the
    // application works those out (`stale`); everything else is settled here.
    const needsApplication = (hasWindow && formatCount >= 2) || hasPostmortem;
    const old = before.get(incident.key);
    const publishedAt = published.get(incident.key) ?? null;
    return {
      incident_key: incident.key,
      number: incident.number,
      visibility: incident.visibility,
      severity: incident.severity,
      type: incident.type,
      impact_started_at: start,
      mttr_ms: spanMs(start, resolved),
      mttm_ms: spanMs(start, incident.mitigated_at),
      mttd_ms: spanMs(start, incident.detected_at),
      mtta_ms: spanMs(incident.detected_at, incident.acknowledged_at),
      lag_ms: spanMs(resolved, publishedAt),
      published_at: publishedAt,
      service_count: services.get(incident.key) ?? 0,
      has_postmortem: hasPostmortem ? 1 : 0,
      format_count: formatCount,
      checklist_passed: hasPostmortem ? (old?.checklist_passed ?? null) : null,
      checklist_total: hasPostmortem ? (old?.checklist_total ?? null) : null,
      covered: !hasWindow ? null : formatCount < 2 ? 0 : (old?.covered ?? null),
      log_trace_entries: logTrace.get(incident.key)?.entries ?? 0,
      trace_id_entries: logTrace.get(incident.key)?.withTraceId ?? 0,
      stale: needsApplication ? (old?.stale ?? 0) + 1 : 0,
      recurrence_of: incident.recurrence_of,
      created_at: incident.created_at,
      ...familyFacts(incident.key),
    };
  });
  // Most writes leave a row as it was (a chat line, a section's text): nothing to write then, and
  // the roll-up moves only for rows whose rolled-up figures changed.
  const columns = Object.keys(rows[0] ?? {}) as (keyof Row)[];
  const changed = rows.filter((row) => differs(row, before.get(row.incident_key), columns));
  const moved = changed
    .filter((row) => differs(row, before.get(row.incident_key), rolledUp))
    .map((row) => row.incident_key);
  if (changed.length > 0) {
    if (rollup) await withRollupDelta(db, moved, () => upsertSummaries(db, changed));
    else await upsertSummaries(db, changed);
  }
  if (change.actions)
    await refreshActionFigures(
      db,
      rows.map((row) => row.incident_key),
      rollup,
    );
}

async function upsertSummaries(
  db: Executor,
  rows: Insertable<MetricSummaryTable>[],
): Promise<void> {
  await db
    .insertInto('incident_metric_summaries')
    .values(rows)
    .onConflict((conflict) =>
      conflict.column('incident_key').doUpdateSet((eb) => ({
        number: eb.ref('excluded.number'),
        visibility: eb.ref('excluded.visibility'),
        severity: eb.ref('excluded.severity'),
        type: eb.ref('excluded.type'),
        impact_started_at: eb.ref('excluded.impact_started_at'),
        mttr_ms: eb.ref('excluded.mttr_ms'),
        mttm_ms: eb.ref('excluded.mttm_ms'),
        mttd_ms: eb.ref('excluded.mttd_ms'),
        mtta_ms: eb.ref('excluded.mtta_ms'),
        lag_ms: eb.ref('excluded.lag_ms'),
        published_at: eb.ref('excluded.published_at'),
        service_count: eb.ref('excluded.service_count'),
        has_postmortem: eb.ref('excluded.has_postmortem'),
        format_count: eb.ref('excluded.format_count'),
        checklist_passed: eb.ref('excluded.checklist_passed'),
        checklist_total: eb.ref('excluded.checklist_total'),
        covered: eb.ref('excluded.covered'),
        log_trace_entries: eb.ref('excluded.log_trace_entries'),
        trace_id_entries: eb.ref('excluded.trace_id_entries'),
        stale: eb.ref('excluded.stale'),
        recurrence_of: eb.ref('excluded.recurrence_of'),
        created_at: eb.ref('excluded.created_at'),
        linked: eb.ref('excluded.linked'),
        recurrence_root: eb.ref('excluded.recurrence_root'),
        recurred: eb.ref('excluded.recurred'),
      })),
    )
    .execute();
}

/** What recurrence reads of an incident in a family. */
interface FamilyMember {
  key: IncidentKey;
  recurrence_of: IncidentKey | null;
  impact_started_at: string | null;
  created_at: string;
}

/**
 * The recurrence family of each of `keys` as the incidents link now (the incidents linked to it
 * through `recurrenceOf`, directly or in a chain, itself included). Read level by level, up to
 * the originals and down to what names them, each level one lookup per thousand keys through the
 * key and the link's index (a recursive query left PostgreSQL scanning every incident per level).
 * Links have no cycles (`assertRecurrenceTarget`).
 */
async function readFamilies(
  db: Executor,
  keys: readonly IncidentKey[],
): Promise<Map<IncidentKey, FamilyMember[]>> {
  const members = new Map<IncidentKey, FamilyMember>();
  const columns = ['key', 'recurrence_of', 'impact_started_at', 'created_at'] as const;
  const read = async (by: 'key' | 'recurrence_of', values: readonly string[]) => {
    for (let at = 0; at < values.length; at += CHUNK) {
      const rows = await db
        .selectFrom('incidents')
        .select(columns)
        .where(by, 'in', values.slice(at, at + CHUNK))
        .execute();
      for (const row of rows) members.set(row.key, row);
    }
  };
  await read('key', keys);
  const expanded = new Set<IncidentKey>();
  for (;;) {
    const up = [...members.values()]
      .map((member) => member.recurrence_of)
      .filter((key): key is IncidentKey => key !== null && !members.has(key));
    const down = [...members.keys()].filter((key) => !expanded.has(key));
    if (up.length === 0 && down.length === 0) break;
    for (const key of down) expanded.add(key);
    await read('key', [...new Set(up)]);
    await read('recurrence_of', down);
  }
  const rootOf = (key: IncidentKey): IncidentKey => {
    let current = key;
    for (let up = members.get(current)?.recurrence_of; up; up = members.get(current)?.recurrence_of)
      current = up;
    return current;
  };
  const byRoot = new Map<IncidentKey, FamilyMember[]>();
  for (const member of members.values()) {
    const root = rootOf(member.key);
    const family = byRoot.get(root) ?? [];
    family.push(member);
    byRoot.set(root, family);
  }
  return new Map(
    keys.filter((key) => members.has(key)).map((key) => [key, byRoot.get(rootOf(key)) ?? []]),
  );
}

/**
 * The incidents whose recurrence may change with a write of `keys`: the members of their
 * families as the incidents link now, and as the summary last saw them (a link moved away leaves
 * its old family smaller).
 */
async function familiesOf(db: Executor, keys: readonly IncidentKey[]): Promise<IncidentKey[]> {
  const members: IncidentKey[] = [];
  for (let at = 0; at < keys.length; at += CHUNK) {
    const chunk = keys.slice(at, at + CHUNK);
    const [now, before] = await Promise.all([
      readFamilies(db, chunk),
      db
        .selectFrom('incident_metric_summaries')
        .select('incident_key')
        .where(
          'recurrence_root',
          'in',
          db
            .selectFrom('incident_metric_summaries')
            .select('recurrence_root')
            .where('incident_key', 'in', chunk)
            .where('recurrence_root', 'is not', null),
        )
        .execute(),
    ]);
    for (const family of now.values()) members.push(...family.map((member) => member.key));
    members.push(...before.map((row) => row.incident_key));
  }
  return members;
}

/** The incidents a joint postmortem of `keys` covers: their publication is the primary's. */
async function coveredBy(db: Executor, keys: readonly IncidentKey[]): Promise<IncidentKey[]> {
  const covered: IncidentKey[] = [];
  for (let at = 0; at < keys.length; at += CHUNK) {
    const rows = await db
      .selectFrom('postmortem_links')
      .select('incident_key')
      .where('primary_key', 'in', keys.slice(at, at + CHUNK))
      .execute();
    covered.push(...rows.map((row) => row.incident_key));
  }
  return covered;
}

/**
 * Works out the summary rows of `keys` again and of the incidents their joint postmortems cover;
 * after a write of incidents also of the members of their recurrence families, before and after
 * the write; after a write of actions their action figures (unknown keys are skipped).
 */
export async function refreshMetricSummaries(
  db: Executor,
  dialect: SummaryDialect,
  keys: Iterable<IncidentKey>,
  change: SummaryChange = everything,
): Promise<void> {
  const given = [...new Set(keys)];
  if (given.length === 0) return;
  const [covered, families] = await Promise.all([
    coveredBy(db, given),
    change.incidents ? familiesOf(db, given) : [],
  ]);
  const all = [...new Set([...given, ...covered, ...families])];
  for (let at = 0; at < all.length; at += CHUNK) {
    await refreshChunk(db, dialect, all.slice(at, at + CHUNK), true, change);
  }
}

/**
 * Fills the summary of every incident (the migration's backfill); returns how many. The roll-up
 * is left as it is: `rebuildMetricRollups` works it out from the filled summary.
 */
export async function backfillMetricSummaries(
  db: Executor,
  dialect: SummaryDialect,
): Promise<number> {
  let done = 0;
  for (let after = 0; ;) {
    const page = await db
      .selectFrom('incidents')
      .select(['key', 'number'])
      .where('number', '>', after)
      .orderBy('number')
      .limit(CHUNK)
      .execute();
    if (page.length === 0) return done;
    await refreshChunk(
      db,
      dialect,
      page.map((row) => row.key),
      false,
      everything,
    );
    done += page.length;
    after = page[page.length - 1]?.number ?? after;
  }
}

/**
 * Every postmortem's checklist is to be worked out again: its inputs beyond the incident (the
 * policy, the people directory, SLOs and their data) changed.
 */
export async function markChecklistsStale(db: Executor): Promise<void> {
  await db
    .updateTable('incident_metric_summaries')
    .set((eb) => ({ stale: eb('stale', '+', 1) }))
    .where('has_postmortem', '=', 1)
    .execute();
}
