import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const webDir = join(repoRoot, 'apps/web');
const viteBin = join(repoRoot, 'node_modules/vite/bin/vite.js');
/** What the web build reads: the app and the workspace packages it imports. */
const inputDirs = ['apps/web', 'packages/contract/src', 'packages/domain/src'];
const skipped = new Set(['node_modules', 'dist']);

async function hashFolder(hash: ReturnType<typeof createHash>, dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skipped.has(entry.name)) await hashFolder(hash, path);
    } else if (entry.isFile()) {
      hash
        .update(relative(repoRoot, path))
        .update('\0')
        .update(await readFile(path));
    }
  }
}

async function hashInputs(): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of inputDirs) await hashFolder(hash, join(repoRoot, dir));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Builds the web app for production from the current sources, once per state of those sources:
 * the build lands in a temporary folder named by their hash, which every test file (and every
 * later run) with the same sources reuses, so a test never serves a stale `apps/web/dist`. The
 * folder is shared: callers must not remove it.
 */
export async function buildWebApp(): Promise<string> {
  const shared = join(tmpdir(), `aftermath-web-${await hashInputs()}`);
  if (existsSync(join(shared, 'index.html'))) return shared;
  const outDir = await mkdtemp(join(tmpdir(), 'aftermath-web-build-'));
  // The test runner sets NODE_ENV=test, which would give React's development build.
  await promisify(execFile)(
    process.execPath,
    [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: webDir, env: { ...process.env, NODE_ENV: 'production' } },
  );
  try {
    await rename(outDir, shared);
  } catch {
    // Another test file finished the same build first; its folder is as good as ours.
    await rm(outDir, { recursive: true, force: true });
  }
  return shared;
}
