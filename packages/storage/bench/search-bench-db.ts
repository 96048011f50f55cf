// The search benchmark's corpus: N synthetic postmortems in a SQLite store plus the same documents
// as Markdown files for ripgrep, written in bulk (search-bench-seed.ts) and indexed by the search
// refresh. The result is cached in the temp folder under a name keyed by the generator version
// and N; a rerun opens the cache.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmptyRca, emptySections } from '@aftermath/domain';
import { timeMs } from '../../../bench/harness';
import { openStore } from '../src';
import { sqliteFileName } from '../src/dialects/sqlite.dialect';
import { seedRecords, type SeedRecord } from './search-bench-seed';
import {
  createRandom,
  readCorpusParts,
  synthesise,
  type SyntheticPostmortem,
} from './search-corpus';

/** Bump when the generated documents change, so an old cache is not reused. */
const generatorVersion = 3;

/** A built corpus: its store folder, its Markdown folder and how long building took. */
export interface BenchCorpus {
  dataDir: string;
  markdownDir: string;
  insertMs: number;
  indexMs: number;
  /** False when this run built it; true when it came from an earlier run's cache. */
  cached: boolean;
}

const severities = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;

/** Document `index` as an incident with its published postmortem; one in 200 is restricted. */
function recordOf(index: number, doc: SyntheticPostmortem): SeedRecord {
  const key = `INC-${index}` as const;
  return {
    incident: {
      key,
      title: doc.title,
      severity: severities[index % 4]!,
      status: 'resolved',
      type: 'outage',
      services: [doc.service],
      commander: null,
      visibility: index % 200 === 0 ? 'restricted' : 'normal',
      tags: doc.tags,
      customerImpact: { description: '', usersAffected: null, requestsAffected: null },
      milestones: {
        impactStartedAt: doc.startedAt,
        detectedAt: null,
        acknowledgedAt: null,
        mitigatedAt: null,
        resolvedAt: null,
        closedAt: null,
      },
      milestoneOrderOverride: null,
      recurrenceOf: null,
      createdAt: doc.startedAt,
      updatedAt: doc.startedAt,
      version: 1,
    },
    postmortem: {
      incidentKey: key,
      owner: null,
      status: 'published',
      template: 'default',
      sections: { ...emptySections, summary: doc.summary, impact: doc.body },
      rca: createEmptyRca(),
      createdAt: doc.startedAt,
      updatedAt: doc.startedAt,
      version: 1,
    },
  };
}

function markdownOf(doc: SyntheticPostmortem): string {
  return `# ${doc.title}\n\n## Summary\n\n${doc.summary}\n\n## Impact\n\n${doc.body}\n`;
}

/** The corpus's records, writing each document's Markdown file on the way. */
function* corpusRecords(n: number, markdownDir: string): Generator<SeedRecord> {
  const parts = readCorpusParts();
  const random = createRandom(11);
  for (let i = 1; i <= n; i++) {
    const doc = synthesise(parts, random, i);
    writeFileSync(join(markdownDir, `INC-${i}.md`), markdownOf(doc));
    yield recordOf(i, doc);
  }
}

async function build(folder: string, n: number, log: (message: string) => void) {
  const markdownDir = join(folder, 'markdown');
  mkdirSync(markdownDir, { recursive: true });
  const dataDir = join(folder, 'data');
  // Opening the store creates the schema; the rows then go in through one connection of our own.
  await (await openStore({ kind: 'sqlite', dataDir })).close();
  const insertMs = await timeMs(() =>
    seedRecords(join(dataDir, sqliteFileName), corpusRecords(n, markdownDir)),
  );
  log(`inserted ${n} incidents with postmortems in ${(insertMs / 1000).toFixed(1)} s`);
  const store = await openStore({ kind: 'sqlite', dataDir });
  try {
    let indexed = 0;
    const indexMs = await timeMs(async () => {
      indexed = await store.search.refresh();
    });
    log(`indexed ${indexed} documents in ${(indexMs / 1000).toFixed(1)} s`);
    return { insertMs, indexMs };
  } finally {
    await store.close();
  }
}

/**
 * Whether the cached store takes today's migrations. A cache built while an unmerged migration
 * was in the tree has it recorded, and the migrator refuses the history: the corpus is rebuilt.
 */
async function migrates(dataDir: string, log: (message: string) => void): Promise<boolean> {
  try {
    await (await openStore({ kind: 'sqlite', dataDir })).close();
    return true;
  } catch (error) {
    log(`the cached corpus does not migrate (${(error as Error).message}): rebuilding it`);
    return false;
  }
}

/**
 * Opens the cached corpus of `n` documents or builds it (into a scratch folder renamed into place
 * when complete, so an interrupted build is never mistaken for a cache).
 */
export async function benchCorpus(n: number, log: (message: string) => void): Promise<BenchCorpus> {
  const folder = join(tmpdir(), `aftermath-search-bench-g${generatorVersion}-n${n}`);
  const manifest = join(folder, 'built.json');
  const paths = { dataDir: join(folder, 'data'), markdownDir: join(folder, 'markdown') };
  if (existsSync(manifest) && (await migrates(paths.dataDir, log))) {
    const times = JSON.parse(readFileSync(manifest, 'utf8')) as {
      insertMs: number;
      indexMs: number;
    };
    log(`using the cached corpus in ${folder} (delete it to rebuild)`);
    return { ...paths, ...times, cached: true };
  }
  const scratch = `${folder}.building-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  log(`building ${n} postmortems into ${folder} (cached for later runs)`);
  const times = await build(scratch, n, log);
  writeFileSync(join(scratch, 'built.json'), JSON.stringify(times));
  rmSync(folder, { recursive: true, force: true });
  renameSync(scratch, folder);
  return { ...paths, ...times, cached: false };
}
