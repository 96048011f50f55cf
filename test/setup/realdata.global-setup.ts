import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Real data the suites read from `../shared/realdata` (never copied into the repository). Tests
 * that need a folder skip when it is absent on a developer machine; under CI=true an absent folder
 * fails the run here, before any test, so a missing checkout can never pass as green.
 */
const realdataRoot = resolve(import.meta.dirname, '../../../shared/realdata');

const folders = [
  'chat-slack-export',
  'loghub/dev',
  'otlp-json-examples',
  'postmortems-danluu',
  'postmortems-icco',
  'postmortems-reference-docs/dev',
  'secrets-detect-secrets',
  'secrets-gitleaks',
  'secrets-secretlint',
  'statuspage-github-incident-history/dev',
  'webhooks-github-octokit',
  'webhooks-zulip-fixtures',
];

export default function checkRealdata(): void {
  const missing = folders.filter((folder) => !existsSync(resolve(realdataRoot, folder)));
  if (missing.length === 0) return;
  const message =
    `real-data folders missing under ${realdataRoot}: ${missing.join(', ')}. ` +
    'Suites that read them are skipped; put the shared real data beside the repository.';
  if (process.env.CI === 'true') throw new Error(`CI=true: ${message}`);
  console.warn(`\n!!! ${message}\n`);
}
