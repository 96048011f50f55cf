// Bulk seeding for the search benchmark: incidents and postmortems written straight into a
// migrated SQLite file in one transaction through prepared multi-row inserts, instead of a
// repository call (a dozen Kysely statements) per record. The rows come from the mappers the
// repositories use, so the stored data is what the product would have written.
import Database from 'better-sqlite3';
import { postmortemSectionNames, type Incident, type Postmortem } from '@aftermath/domain';
import { toIncidentRow } from '../src/repositories/incident.mapper';
import { toPostmortemRow } from '../src/repositories/postmortem.repository';

/** Rows per INSERT: 100 rows of the widest table stay far below SQLite's 32,766 variables. */
const rowsPerStatement = 100;

type Row = Record<string, unknown>;

/** One incident with its postmortem, as the bench generates them. */
export interface SeedRecord {
  incident: Incident;
  postmortem: Postmortem;
}

/** Prepared multi-row INSERTs, one per table and row count, prepared once. */
function createInserter(db: Database.Database) {
  const statements = new Map<string, Database.Statement>();
  const prepared = (table: string, columns: readonly string[], count: number) => {
    const name = `${table}/${count}`;
    let statement = statements.get(name);
    if (statement === undefined) {
      const one = `(${columns.map(() => '?').join(', ')})`;
      const values = Array<string>(count).fill(one).join(', ');
      statement = db.prepare(`insert into ${table} (${columns.join(', ')}) values ${values}`);
      statements.set(name, statement);
    }
    return statement;
  };
  return (table: string, rows: readonly Row[]) => {
    const columns = Object.keys(rows[0] ?? {});
    for (let start = 0; start < rows.length; start += rowsPerStatement) {
      const chunk = rows.slice(start, start + rowsPerStatement);
      prepared(table, columns, chunk.length).run(
        chunk.flatMap((row) => columns.map((c) => row[c])),
      );
    }
  };
}

/** The rows of a chunk of records, table by table, parents first (foreign keys). */
function rowsOf(records: readonly SeedRecord[]): [string, Row[]][] {
  const incidents = records.map(({ incident }) => toIncidentRow(incident) as Row);
  const labels = (pick: (incident: Incident) => string[], column: string) =>
    records.flatMap(({ incident }) =>
      [...new Set(pick(incident))].map((value, position) => ({
        incident_key: incident.key,
        [column]: value,
        position,
      })),
    );
  const sections = records.flatMap(({ postmortem }) =>
    postmortemSectionNames.map((name) => ({
      incident_key: postmortem.incidentKey,
      name,
      body: postmortem.sections[name],
    })),
  );
  return [
    ['incidents', incidents],
    ['incident_services', labels((incident) => incident.services, 'service')],
    ['incident_tags', labels((incident) => incident.tags, 'tag')],
    ['postmortems', records.map(({ postmortem }) => toPostmortemRow(postmortem) as Row)],
    ['postmortem_sections', sections],
  ];
}

/**
 * Writes `records` into the SQLite database `file` (migrated already) in one transaction, a
 * chunk of `rowsPerStatement` records at a time, and moves the incident counter past them. The
 * dirty-marking triggers mark every incident, so the next search refresh indexes them all.
 * Returns how many records were written.
 */
export function seedRecords(file: string, records: Iterable<SeedRecord>): number {
  const db = new Database(file);
  try {
    const insert = createInserter(db);
    let count = 0;
    let highest = 0;
    const write = (chunk: SeedRecord[]) => {
      for (const [table, rows] of rowsOf(chunk)) if (rows.length > 0) insert(table, rows);
      count += chunk.length;
    };
    db.transaction(() => {
      let chunk: SeedRecord[] = [];
      for (const record of records) {
        highest = Math.max(highest, Number(/\d+$/.exec(record.incident.key)?.[0] ?? 0));
        chunk.push(record);
        if (chunk.length === rowsPerStatement) {
          write(chunk);
          chunk = [];
        }
      }
      write(chunk);
      db.prepare(`update counters set value = ? where name = 'incident' and value < ?`).run(
        highest,
        highest,
      );
    })();
    return count;
  } finally {
    db.close();
  }
}
