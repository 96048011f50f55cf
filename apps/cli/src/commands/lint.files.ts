import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { UsageError } from '../exit-codes';

/** Extensions linted inside folders; a file named on the command line is linted whatever its name. */
const LINTED = new Set(['.md', '.markdown', '.txt', '.text']);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** The files to lint: named files as given, folders searched recursively, in a stable order. */
export async function collectLintFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info === null) throw new UsageError(`${path}: no such file or folder`);
    if (info.isDirectory()) files.push(...(await filesUnder(path)));
    else files.push(path);
  }
  return files;
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name))
      files.push(...(await filesUnder(path)));
    else if (entry.isFile() && LINTED.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

/** How to read a file: plain text for `.txt`, Markdown otherwise. */
export function lintFormatOf(file: string): 'markdown' | 'text' {
  return ['.txt', '.text'].includes(extname(file).toLowerCase()) ? 'text' : 'markdown';
}
