import { postmortemPublishedAtSetting } from '@aftermath/core';
import type { IncidentKey } from '@aftermath/domain';
import { sql, type Insertable } from 'kysely';
import type { Executor } from '../database';
import type { DialectCapabilities } from '../dialects/dialect';
import type { MetricSummaryTable } from '../metrics-summary.tables';
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

type Previous = Pick<
  MetricSummaryTable,
  'incident_key' | 'covered' | 'checklist_passed' | 'checklist_total' | 'stale'
>;

async function refreshChunk(
  db: Executor,
  dialect: SummaryDialect,
  keys: readonly IncidentKey[],
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
        .select(['incident_key', 'covered', 'checklist_passed', 'checklist_total', 'stale'])
        .where('incident_key', 'in', keys)
        .execute(),
    ]);
  if (incidents.length === 0) return;
  const before = new Map<IncidentKey, Previous>(previous.map((row) => [row.incident_key, row]));
  const rows = incidents.map((incident): Insertable<MetricSummaryTable> => {
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
    };
  });
  await upsertSummaries(db, rows);
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
      })),
    )
    .execute();
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
 * Works out the summary rows of `keys` again, and of the incidents their joint postmortems
 * cover (unknown keys are skipped).
 */
export async function refreshMetricSummaries(
  db: Executor,
  dialect: SummaryDialect,
  keys: Iterable<IncidentKey>,
): Promise<void> {
  const given = [...new Set(keys)];
  if (given.length === 0) return;
  const all = [...new Set([...given, ...(await coveredBy(db, given))])];
  for (let at = 0; at < all.length; at += CHUNK) {
    await refreshChunk(db, dialect, all.slice(at, at + CHUNK));
  }
}

/** Fills the summary of every incident (the migration's backfill); returns how many. */
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
