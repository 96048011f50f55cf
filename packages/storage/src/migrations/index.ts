import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { OpenedDatabase } from '../dialects/dialect';
import type { MigrationDb, MigrationDialect } from './migration-db';
import * as initial from './2026-11-26T000000-initial';
import * as evidence from './2026-11-27T000000-evidence';
import * as milestoneDecisions from './2026-11-27T010100-milestone-decisions';
import * as webhooks from './2026-11-27T010000-webhooks';
import * as rca from './2026-11-27T010200-rca';
import * as recurrence from './2026-11-27T010300-recurrence';
import * as slo from './2026-11-27T010400-slo';
import * as search from './2026-11-27T010500-search';
import * as changeIndex from './2026-11-27T020500-change-index';
import * as searchFacetTokens from './2026-11-27T020600-search-facet-tokens';
import * as postmortemReview from './2026-11-27T020200-postmortem-review';
import * as jobs from './2026-11-27T020100-jobs';
import * as identity from './2026-11-27T020300-identity';
import * as actionVerification from './2026-11-28T000200-action-verification';
import * as trackers from './2026-11-28T000400-trackers';
import * as accessAudit from './2026-11-28T000100-access-audit';
import * as searchVisibilityIndex from './2026-11-28T000700-search-visibility-index';
import * as searchIncidentToken from './2026-11-29T000600-search-incident-token';
import * as metricSummaries from './2026-11-29T000700-metric-summaries';
import * as jointPostmortems from './2026-11-29T000400-joint-postmortems';
import * as inlineBlobs from './2026-11-29T000900-inline-blobs';
import * as sloVersion from './2026-11-29T001000-slo-version';
import * as metricSummaryIndexes from './2026-11-29T001100-metric-summary-indexes';
import * as metricRollups from './2026-11-29T001200-metric-rollups';

/**
 * Every migration, by name. Names are timestamps so they sort in the order they must run. Listed
 * by hand (no folder scanning) so a bundled or type-stripped build finds them all.
 */
export const migrations: Readonly<Record<string, DialectMigration>> = {
  '2026-11-26T000000-initial': initial,
  '2026-11-27T000000-evidence': evidence,
  '2026-11-27T010100-milestone-decisions': milestoneDecisions,
  '2026-11-27T010000-webhooks': webhooks,
  '2026-11-27T010200-rca': rca,
  '2026-11-27T010300-recurrence': recurrence,
  '2026-11-27T010400-slo': slo,
  '2026-11-27T010500-search': search,
  '2026-11-27T020500-change-index': changeIndex,
  '2026-11-27T020600-search-facet-tokens': searchFacetTokens,
  '2026-11-27T020200-postmortem-review': postmortemReview,
  '2026-11-27T020100-jobs': jobs,
  '2026-11-27T020300-identity': identity,
  '2026-11-28T000200-action-verification': actionVerification,
  '2026-11-28T000400-trackers': trackers,
  '2026-11-28T000100-access-audit': accessAudit,
  '2026-11-28T000700-search-visibility-index': searchVisibilityIndex,
  '2026-11-29T000600-search-incident-token': searchIncidentToken,
  '2026-11-29T000700-metric-summaries': metricSummaries,
  '2026-11-29T000400-joint-postmortems': jointPostmortems,
  '2026-11-29T000900-inline-blobs': inlineBlobs,
  '2026-11-29T001000-slo-version': sloVersion,
  '2026-11-29T001100-metric-summary-indexes': metricSummaryIndexes,
  '2026-11-29T001200-metric-rollups': metricRollups,
};

/** A migration; the ones whose schema differs per dialect read the named capabilities. */
export interface DialectMigration {
  up(db: MigrationDb, dialect: MigrationDialect): Promise<void>;
}

function providerFor(dialect: MigrationDialect): MigrationProvider {
  const bound = Object.entries(migrations).map(([name, migration]): [string, Migration] => [
    name,
    { up: (db) => migration.up(db, dialect) },
  ]);
  return { getMigrations: () => Promise.resolve(Object.fromEntries(bound)) };
}

/** Applies every pending migration in one run; returns the names applied, oldest first. */
export async function runMigrations(database: OpenedDatabase): Promise<string[]> {
  const migrator = new Migrator({
    db: database.db,
    provider: providerFor(database.capabilities),
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
    ...(database.migrationSchema === undefined
      ? {}
      : { migrationTableSchema: database.migrationSchema }),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error');
    const which = failed ? `migration ${failed.migrationName}` : 'migrations';
    const reason = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(`Applying ${which} failed: ${reason}`, { cause: error });
  }
  return results.filter((result) => result.status === 'Success').map((r) => r.migrationName);
}
