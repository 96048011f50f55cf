// Import of a generated JSON-lines log: throughput against a bare streaming JSON.parse-per-line
// loop over the same file in the same run, and peak RSS of the importer at two file sizes (each
// run in its own child process, so the figure is the importer's own). Run directly with
// `child <mode> <file>`, this file is that child.
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineBenchmark, type Measurement } from '../../../bench/harness';
import { jsonLinesImporter } from '../src/logs';

const MB = 1_000_000;
const TARGET_RSS_MB = 300;
const self = fileURLToPath(import.meta.url);

/** A tiny deterministic generator, so every run writes the same log. */
function createRandom(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    return state % below;
  };
}

const services = ['checkout', 'payments', 'search', 'auth', 'inventory', 'gateway'];
const messages: Array<[string, (r: (n: number) => number) => string]> = [
  ['info', (r) => `GET /api/v1/items/${r(100000)} 200 in ${r(900)} ms`],
  ['info', (r) => `user ${r(1e6)} logged in from 10.${r(255)}.${r(255)}.${r(255)}`],
  ['info', (r) => `cache hit ratio ${r(100)}% over ${r(5000)} keys`],
  ['info', (r) => `leased connection ${r(20)} of 20 to db-${r(4)}.internal:5432`],
  ['info', (r) => `order ${r(1e7)} placed with ${r(12) + 1} items, total ${r(50000)} cents`],
  ['debug', (r) => `span ${r(1e9).toString(16)} finished after ${r(3000)} us`],
  ['warn', (r) => `slow query on table orders took ${r(5000) + 1000} ms`],
  ['warn', (r) => `retrying request to payments (attempt ${r(5) + 1})`],
  ['error', (r) => `Connection refused to 10.0.${r(4)}.${r(255)}:5432`],
  ['error', (r) => `upstream timed out after ${r(30) + 1}s while reading response header`],
];

function generateLine(random: (n: number) => number, epochMs: number): string {
  const pick = random(100);
  const index = pick < 80 ? random(6) : pick < 92 ? 6 + random(2) : 8 + random(2);
  const [level, message] = messages[index] ?? messages[0]!;
  const record = {
    ts: new Date(epochMs).toISOString(),
    level,
    service: services[random(services.length)],
    msg: message(random),
    request_id: random(1e9).toString(36),
    duration_ms: random(2000),
  };
  return JSON.stringify(record);
}

/** Writes about `bytes` of JSON lines to `path`, a few milliseconds apart. */
async function generateLog(path: string, bytes: number): Promise<void> {
  const random = createRandom(7);
  const out = createWriteStream(path);
  let written = 0;
  let epochMs = Date.parse('2026-03-01T00:00:00Z');
  while (written < bytes) {
    const batch: string[] = [];
    for (let i = 0; i < 5000; i += 1) {
      epochMs += random(40);
      batch.push(generateLine(random, epochMs));
    }
    const text = `${batch.join('\n')}\n`;
    written += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** The baseline: stream the file, split lines, JSON.parse each. Returns the line count. */
async function parseEveryLine(path: string): Promise<number> {
  let lines = 0;
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 })) {
    const bytes = rest.length > 0 ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    let start = 0;
    for (let end = bytes.indexOf(10); end >= 0; end = bytes.indexOf(10, start)) {
      JSON.parse(bytes.toString('utf8', start, end));
      lines += 1;
      start = end + 1;
    }
    rest = bytes.subarray(start);
  }
  return lines;
}

async function importFile(path: string): Promise<number> {
  const options = { evidenceId: 'bench', defaultZone: 'UTC', referenceYear: 2026 };
  const iterator = jsonLinesImporter.read(() => createReadStream(path), options);
  let entries = 0;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) entries += 1;
  return entries;
}

interface ChildResult {
  seconds: number;
  maxRssMb: number;
  count: number;
}

/** Runs one mode in a fresh Node process and reads back its time and peak RSS. */
function runChild(mode: 'baseline' | 'import', path: string): ChildResult {
  const output = execFileSync(process.execPath, ['--import', 'tsx', self, 'child', mode, path], {
    encoding: 'utf8',
    maxBuffer: MB,
  });
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as ChildResult;
}

async function childMain(mode: string, path: string): Promise<void> {
  const start = performance.now();
  const count = mode === 'import' ? await importFile(path) : await parseEveryLine(path);
  const seconds = (performance.now() - start) / 1000;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ seconds, maxRssMb, count })}\n`);
}

async function measure(quick: boolean, log: (message: string) => void): Promise<Measurement[]> {
  const full = process.env['AFTERMATH_BENCH_FULL'] === '1';
  const bigBytes = quick ? 20 * MB : full ? 1000 * MB : 100 * MB;
  const smallBytes = bigBytes / 5;
  const folder = mkdtempSync(join(tmpdir(), 'aftermath-log-bench-'));
  try {
    const small = join(folder, 'small.jsonl');
    const big = join(folder, 'big.jsonl');
    await generateLog(small, smallBytes);
    await generateLog(big, bigBytes);
    const size = statSync(big).size / MB;
    log(
      `generated ${size.toFixed(0)} MB and ${(statSync(small).size / MB).toFixed(0)} MB of JSON lines`,
    );
    const baseline = runChild('baseline', big);
    const imported = runChild('import', big);
    const smallImport = runChild('import', small);
    log(`${imported.count} entries from ${baseline.count.toLocaleString('en-US')} lines`);
    const label = `${size.toFixed(0)} MB`;
    return [
      {
        name: `import ${label} JSON lines (throughput)`,
        value: size / imported.seconds,
        unit: 'MB/s',
        higherIsBetter: true,
        baseline: { label: 'streaming JSON.parse per line', value: size / baseline.seconds },
        target: { ratio: 0.5 },
        note: `${imported.count} timeline entries`,
      },
      {
        name: `import ${label} JSON lines (peak RSS)`,
        value: imported.maxRssMb,
        unit: 'MB',
        higherIsBetter: false,
        baseline: {
          label: `same import of ${(size / 5).toFixed(0)} MB`,
          value: smallImport.maxRssMb,
        },
        target: { value: TARGET_RSS_MB },
        note: `bare JSON.parse loop peaked at ${baseline.maxRssMb.toFixed(0)} MB`,
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'child' && process.argv[1] === self) {
  await childMain(process.argv[3] ?? 'import', process.argv[4] ?? '');
}

export default defineBenchmark({
  name: 'log import (JSON lines)',
  run: ({ quick, log }) => measure(quick, log),
});
