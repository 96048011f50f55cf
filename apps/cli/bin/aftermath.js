#!/usr/bin/env node
// Runs the CLI from the bundle `npm install` builds (scripts/build-cli.mjs) while it is newer than
// every source file it was built from; otherwise runs the TypeScript sources directly through tsx,
// so an edit is never shadowed by a stale bundle and no build step is ever required.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bundle = new URL('../dist/aftermath.mjs', import.meta.url);

function isBundleFresh() {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(
      readFileSync(new URL('../dist/aftermath.inputs.json', import.meta.url), 'utf8'),
    );
    return inputs.every((input) => statSync(root + input).mtimeMs <= built);
  } catch {
    return false;
  }
}

let main;
if (process.env.AFTERMATH_CLI_SOURCES !== '1' && isBundleFresh()) {
  ({ main } = await import(bundle.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main.ts'));
}
await main(process.argv);
