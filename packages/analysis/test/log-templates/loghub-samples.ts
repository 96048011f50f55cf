// Reads the loghub 2k samples from ../shared/realdata (never copied into the repository; see its
// SOURCE.txt for the licence) for the golden tests and the benchmark.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The loghub dev systems with Drain's published grouping accuracy (Zhu et al. 2019). */
export const DRAIN_REFERENCE = {
  Apache: 1.0,
  BGL: 0.963,
  HDFS: 0.998,
  Linux: 0.69,
  OpenStack: 0.733,
  Zookeeper: 0.967,
} as const;

export type LoghubSystem = keyof typeof DRAIN_REFERENCE;

export const LOGHUB_SYSTEMS = Object.keys(DRAIN_REFERENCE) as LoghubSystem[];

export const loghubRoot = resolve(import.meta.dirname, '../../../../../shared/realdata/loghub/dev');

/** One system's sample: raw lines and, per line, the structured CSV row (column → value). */
export interface LoghubSample {
  lines: string[];
  rows: Array<Record<string, string>>;
}

/** True when the shared data is there (tests skip, the benchmark notes it, when it is not). */
export function hasLoghub(): boolean {
  return existsSync(loghubRoot);
}

/** Loads `<System>_2k.log` and `<System>_2k.log_structured.csv`. */
export function loadLoghubSample(system: LoghubSystem): LoghubSample {
  const folder = resolve(loghubRoot, system);
  const csv = parseCsv(readFileSync(resolve(folder, `${system}_2k.log_structured.csv`), 'utf8'));
  const [header = [], ...records] = csv.filter((record) => record.length > 1);
  const rows = records.map((record) =>
    Object.fromEntries(header.map((name, i) => [name, record[i] ?? ''])),
  );
  const text = readFileSync(resolve(folder, `${system}_2k.log`), 'utf8');
  const lines = text.split('\n').slice(0, rows.length);
  return { lines, rows };
}

/** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else if (char !== '\r') field += char;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}
