import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

interface GcJson {
  removed: { sha256: string; bytes: number }[];
  bytesFreed: number;
  kept: number;
  dryRun: boolean;
}

const deploy = (version: string) =>
  JSON.stringify({
    service: 'checkout-api',
    version,
    who: 'ci-bot',
    when: '2026-03-01T11:52:00Z',
    kind: 'deploy',
  });

async function countBlobs(root: string): Promise<number> {
  const files = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return files.filter((file) => file.isFile() && /^[0-9a-f]{64}$/.test(file.name)).length;
}

describe('aftermath gc', { timeout: 240_000 }, () => {
  let dir: string;
  let data: string[];
  const blobRoot = () => join(dir, 'data');
  const gc = async (...args: string[]) => {
    const result = await runCli(['gc', '--json', ...args, ...data]);
    return { ...result, report: result.code === 0 ? (JSON.parse(result.stdout) as GcJson) : null };
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-gc-'));
    data = ['--data', join(dir, 'data')];
    await writeFile(join(dir, 'good.jsonl'), deploy('1.0.0'));
    // Valid gzip at the start, cut short: detected and stored, then the import fails.
    const whole = gzipSync(Array.from({ length: 4000 }, (_, i) => deploy(`2.${i}`)).join('\n'));
    await writeFile(join(dir, 'cut.jsonl.gz'), whole.subarray(0, whole.length - 200));
    await runCli(['incident', 'create', '--title', 'Checkout', '--severity', 'SEV2', ...data]);
    const good = await runCli(['import', join(dir, 'good.jsonl'), '--incident', 'INC-1', ...data]);
    expect(good.code).toBe(0);
    const cut = await runCli(['import', join(dir, 'cut.jsonl.gz'), '--incident', 'INC-1', ...data]);
    expect(cut.code).toBe(2);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps young blobs by default: an import may still be writing its record', async () => {
    expect(await countBlobs(blobRoot())).toBe(2);
    const { report } = await gc();
    expect(report).toMatchObject({ removed: [], kept: 2 });
  });

  it('lists the failed import’s blob with --dry-run, then removes only it', async () => {
    const dry = await gc('--min-age', '0s', '--dry-run');
    expect(dry.report?.removed).toHaveLength(1);
    expect(await countBlobs(blobRoot())).toBe(2);
    const real = await gc('--min-age', '0');
    expect(real.report?.removed.map((blob) => blob.sha256)).toEqual(
      dry.report?.removed.map((blob) => blob.sha256),
    );
    expect(real.report?.kept).toBe(1);
    expect(await countBlobs(blobRoot())).toBe(1);
    const timeline = await runCli(['timeline', 'INC-1', '--json', ...data]);
    expect((JSON.parse(timeline.stdout) as { entries: unknown[] }).entries).toHaveLength(1);
  });

  it('refuses a malformed --min-age with exit 2', async () => {
    const bad = await gc('--min-age', 'soon');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--min-age must be a duration');
  });
});
