import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** `../shared/realdata` next to the repository (never copied into it). */
export const realdataRoot = resolve(import.meta.dirname, '../../../../../../shared/realdata');

/** The packed corpus of `secrets-<name>`. */
export function corpusArchive(name: string): string {
  return join(realdataRoot, `secrets-${name}`, 'corpus.tar.gz');
}

/** True when all three secret corpora are present. */
export function corporaAvailable(): boolean {
  return ['secretlint', 'detect-secrets', 'gitleaks'].every((name) =>
    existsSync(corpusArchive(name)),
  );
}

/**
 * Extracts `secrets-<name>/corpus.tar.gz` into a fresh temporary folder (the archives hold
 * secret-shaped strings, so they stay packed everywhere else) and returns the folder with a
 * function that deletes it.
 */
export function extractCorpus(name: string): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `aftermath-secrets-${name}-`));
  execFileSync('tar', ['-xzf', corpusArchive(name), '-C', dir]);
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
