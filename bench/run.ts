// npm run bench [-- filter…] [--quick]: finds every *.bench.ts under bench/, packages/*/bench/ and
// apps/*/bench/, runs the ones whose name matches a filter, and prints each figure with its
// baseline, the ratio and whether the target holds. Exits 1 when a required target (errors under
// load) is missed; speed targets are reported, never fatal.
import { readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { meetsTarget, type Benchmark, type Measurement } from './harness';

const root = resolve(import.meta.dirname, '..');

function benchFiles(): string[] {
  const folders = [join(root, 'bench')];
  for (const group of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, group)))
      folders.push(join(root, group, name, 'bench'));
  }
  return folders
    .filter((folder) => existsSync(folder))
    .flatMap((folder) =>
      readdirSync(folder)
        .filter((file) => file.endsWith('.bench.ts'))
        .map((file) => join(folder, file)),
    )
    .sort();
}

function format(value: number): string {
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  return Number(value.toPrecision(3)).toString();
}

function describe(m: Measurement): string {
  const parts = [`${m.name}: ${format(m.value)} ${m.unit}`];
  if (m.baseline) {
    parts.push(`baseline ${m.baseline.label} ${format(m.baseline.value)} ${m.unit}`);
    parts.push(`ratio ${format(m.value / m.baseline.value)}`);
  }
  if (m.target) {
    const goal = [
      m.target.ratio !== undefined ? `ratio ${m.higherIsBetter ? '≥' : '≤'} ${m.target.ratio}` : '',
      m.target.value !== undefined
        ? `${m.higherIsBetter ? '≥' : '≤'} ${m.target.value} ${m.unit}`
        : '',
    ].filter(Boolean);
    parts.push(`target ${goal.join(', ')} ${meetsTarget(m) ? 'MET' : 'MISSED'}`);
  }
  if (m.note) parts.push(m.note);
  return parts.join(' | ');
}

async function main() {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const filters = args.filter((arg) => !arg.startsWith('--'));
  let missed = 0;
  let requiredMissed = 0;
  for (const file of benchFiles()) {
    const module = (await import(pathToFileURL(file).href)) as { default: Benchmark | Benchmark[] };
    const list = Array.isArray(module.default) ? module.default : [module.default];
    for (const benchmark of list) {
      if (filters.length > 0 && !filters.some((f) => benchmark.name.includes(f))) continue;
      process.stdout.write(`\n## ${benchmark.name}\n`);
      const results = await benchmark.run({
        quick,
        log: (message) => process.stderr.write(`  … ${message}\n`),
      });
      for (const m of results) {
        if (!meetsTarget(m)) {
          missed += 1;
          if (m.required) requiredMissed += 1;
        }
        process.stdout.write(`- ${describe(m)}\n`);
      }
    }
  }
  process.stdout.write(`\n${missed === 0 ? 'All targets met.' : `${missed} target(s) missed.`}\n`);
  if (requiredMissed > 0) {
    process.stdout.write(`${requiredMissed} required target(s) missed: the run failed.\n`);
    process.exitCode = 1;
  }
}

await main();
