// Full-text search over N synthetic postmortems on SQLite (default 100,000; set
// AFTERMATH_SEARCH_BENCH_N for a quicker run, which the output says), built from the icco corpus at
// run time. Reports indexing time and p50/p95 latency of one- and two-word queries through
// `store.search.search`, next to ripgrep over the same corpus exported as Markdown files in the same
// run. ripgrep is optional (.ci/run does not install it): without `rg` the baseline is skipped.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmptyRca, emptySections, searchQuery } from '@aftermath/domain';
import { defineBenchmark, timeMs, type Measurement } from '../../../bench/harness';
import { openStore } from '../src';
import { createRandom, iccoFolder, readCorpusParts, synthesise } from './search-corpus';

const TARGET_P95_MS = 50;
const BATCH = 1000;
const ROUNDS = 5;
const queries = [
  'database',
  'timeout',
  'certificate',
  'network',
  'dns',
  'database failover',
  'power loss',
  'configuration change',
  'lock service',
  'memory leak',
];

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function ripgrepAvailable(): boolean {
  return spawnSync('rg', ['--version']).status === 0;
}

function ripgrepFiles(folder: string, word: string): Set<string> {
  const out = spawnSync('rg', ['-l', '-i', '-F', word, folder], { maxBuffer: 1 << 30 });
  return new Set((out.stdout?.toString() ?? '').split('\n').filter(Boolean));
}

/** rg has no "all words" mode: each word lists its files over the folder, the lists intersect. */
function ripgrepMs(folder: string, query: string): { ms: number; files: number } {
  const start = performance.now();
  const [first, ...rest] = query.split(' ').map((word) => ripgrepFiles(folder, word));
  const matches = [...(first ?? [])].filter((file) => rest.every((found) => found.has(file)));
  return { ms: performance.now() - start, files: matches.length };
}

export default defineBenchmark({
  name: 'search: full-text search on SQLite',
  async run({ quick, log }) {
    if (!existsSync(iccoFolder)) {
      log(`skipped: ${iccoFolder} is missing`);
      return [];
    }
    const fromEnv = Number(process.env.AFTERMATH_SEARCH_BENCH_N);
    const n = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : quick ? 2_000 : 100_000;
    if (n !== 100_000) log(`N = ${n} postmortems (the target is stated for 100,000)`);
    const parts = readCorpusParts();
    const random = createRandom(11);
    const dir = mkdtempSync(join(tmpdir(), 'aftermath-search-bench-'));
    const markdown = join(dir, 'markdown');
    const store = await openStore({ kind: 'sqlite', dataDir: join(dir, 'data') });
    try {
      const withRg = ripgrepAvailable();
      if (withRg) execFileSync('mkdir', ['-p', markdown]);
      else log('rg (ripgrep) not found: the ripgrep baseline is skipped');
      const insertMs = await timeMs(async () => {
        for (let start = 1; start <= n; start += BATCH) {
          await store.transaction(async (tx) => {
            for (let i = start; i < Math.min(n + 1, start + BATCH); i++) {
              const doc = synthesise(parts, random, i);
              const key = `INC-${i}` as const;
              await tx.incidents.insert({
                key,
                title: doc.title,
                severity: (['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const)[i % 4]!,
                status: 'resolved',
                type: 'outage',
                services: [doc.service],
                commander: null,
                visibility: 'normal',
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
              });
              await tx.postmortems.insert({
                incidentKey: key,
                owner: null,
                status: 'published',
                template: 'default',
                sections: { ...emptySections, summary: doc.summary, impact: doc.body },
                rca: createEmptyRca(),
                createdAt: doc.startedAt,
                updatedAt: doc.startedAt,
                version: 1,
              });
              if (withRg) {
                writeFileSync(
                  join(markdown, `${key}.md`),
                  `# ${doc.title}\n\n## Summary\n\n${doc.summary}\n\n## Impact\n\n${doc.body}\n`,
                );
              }
            }
          });
        }
      });
      log(`inserted ${n} incidents with postmortems in ${(insertMs / 1000).toFixed(1)} s`);
      let indexed = 0;
      const indexMs = await timeMs(async () => {
        indexed = await store.search.refresh();
      });
      log(`indexed ${indexed} documents in ${(indexMs / 1000).toFixed(1)} s`);

      const samples = { one: [] as number[], two: [] as number[], rg: [] as number[] };
      for (let round = 0; round < ROUNDS; round++) {
        for (const q of queries) {
          const query = searchQuery.parse({ q });
          const ms = await timeMs(() => store.search.search(query, { includeRestricted: false }));
          (q.includes(' ') ? samples.two : samples.one).push(ms);
          if (withRg && round < 2) samples.rg.push(ripgrepMs(markdown, q).ms);
        }
      }
      const all = [...samples.one, ...samples.two];
      const rg =
        samples.rg.length > 0
          ? { label: 'rg over Markdown p95', value: percentile(samples.rg, 95) }
          : undefined;
      const note = `N = ${n}${n === 100_000 ? '' : ' (smaller than the 100,000 of the target)'}`;
      const result: Measurement[] = [
        {
          name: `index ${n} postmortems`,
          value: indexMs / 1000,
          unit: 's',
          higherIsBetter: false,
          note,
        },
        {
          name: 'search p50, one and two words',
          value: percentile(all, 50),
          unit: 'ms',
          higherIsBetter: false,
          note,
          ...(rg && {
            baseline: { label: 'rg over Markdown p50', value: percentile(samples.rg, 50) },
          }),
        },
        {
          name: 'search p95, one-word queries',
          value: percentile(samples.one, 95),
          unit: 'ms',
          higherIsBetter: false,
          target: { value: TARGET_P95_MS },
          note,
        },
        {
          name: 'search p95, two-word queries',
          value: percentile(samples.two, 95),
          unit: 'ms',
          higherIsBetter: false,
          target: { value: TARGET_P95_MS },
          note,
        },
        {
          name: 'search p95, one and two words',
          value: percentile(all, 95),
          unit: 'ms',
          higherIsBetter: false,
          target: { value: TARGET_P95_MS },
          note,
          ...(rg && { baseline: rg }),
        },
      ];
      return result;
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
});
