import { createRequire } from 'node:module';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGliteSession } from '../dialects/pglite/pglite-driver';

/** Where the initialised cluster is cached, named after the installed PGlite build. */
async function cachePath(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const { size, mtimeMs } = await stat(entry);
  return join(tmpdir(), `aftermath-pglite-${size}-${Math.round(mtimeMs)}.tar`);
}

/**
 * Starts an in-memory PGlite for tests. A fresh start runs initdb inside WASM, which costs
 * seconds per test file; so the first start saves the initialised cluster to the temp folder and
 * later ones load it. Any problem with the cache falls back to a fresh start.
 */
export async function startTestPglite(): Promise<PGliteSession> {
  const { PGlite } = await import('@electric-sql/pglite');
  const cache = await cachePath();
  try {
    const loadDataDir = new Blob([await readFile(cache)]);
    return await PGlite.create({ loadDataDir });
  } catch {
    // no cache yet, or one this build cannot read: start fresh below
  }
  const pglite = await PGlite.create();
  try {
    const dump = await pglite.dumpDataDir('none');
    const partial = `${cache}.${process.pid}.partial`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, cache);
  } catch {
    // the cache only saves time; without it every start is fresh
  }
  return pglite;
}
