import { readFile } from 'node:fs/promises';
import { systemPrincipal } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { withContext, type DataOptions } from '../store-options';

/** What the workspace adds to `lint` and `redact`: its people and its allow-lists. */
export interface WorkspaceChecks {
  names: string[];
  blamelessAllow: string[];
  redactionAllow: string[];
}

/**
 * The workspace's names and allow-lists when a database is named (`--data`, `--database-url` or
 * `DATABASE_URL`); without one, the checks run on the text alone and no database is created.
 */
export async function loadWorkspaceChecks(options: DataOptions): Promise<WorkspaceChecks> {
  const named =
    options.data !== undefined ||
    options.databaseUrl !== undefined ||
    (process.env.DATABASE_URL ?? '').trim() !== '';
  if (!named) return { names: [], blamelessAllow: [], redactionAllow: [] };
  const { getTextCheckSettings, listWorkspaceNames } = await import('@aftermath/core');
  return withContext(options, async (ctx) => {
    const settings = await getTextCheckSettings(ctx, systemPrincipal);
    return { names: await listWorkspaceNames(ctx), ...settings };
  });
}

/** Reads a file, or stdin for `-`; a missing or unreadable file is a usage error naming it. */
export async function readTextInput(file: string): Promise<string> {
  if (file === '-') {
    let text = '';
    for await (const chunk of process.stdin) text += (chunk as Buffer).toString('utf8');
    return text;
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : String(code);
    throw new UsageError(`${file}: cannot read (${why})`);
  }
}
