import { readFile } from 'node:fs/promises';
import { importStatuspageHistory, type Context } from '@aftermath/core';
import { DomainError, systemPrincipal } from '@aftermath/domain';
import { UsageError } from '../exit-codes';

/** What one status-page file gave. */
export interface StatuspageFileResult {
  file: string;
  created: string[];
  skipped: number;
  problems: { message: string }[];
}

/**
 * `aftermath import --format statuspage FILE…`: each file holds one Atlassian Statuspage incident
 * or a list of them; each becomes an incident of its own (already imported ones are skipped).
 */
export async function importStatuspageFile(
  ctx: Context,
  path: string,
): Promise<StatuspageFileResult> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new UsageError(`${path}: no such file`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DomainError('validation', `${path}: not JSON (${(error as Error).message})`, [
      { path, message: 'expected Statuspage incident JSON' },
    ]);
  }
  const result = await importStatuspageHistory(ctx, systemPrincipal, json, path, {
    channel: 'cli',
  });
  return { file: path, ...result };
}
