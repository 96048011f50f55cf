// Bundles the CLI (and the server it starts) into one ES module, so `aftermath` starts in about a
// third of the time it takes tsx to load the TypeScript sources. The bundle is an optional speed-up:
// apps/cli/bin/aftermath.js uses it only while it is newer than every source file it was built
// from (listed next to it), and falls back to the sources otherwise.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outfile = resolve(root, 'apps/cli/dist/aftermath.mjs');

/** Workspace packages are TypeScript sources and go into the bundle; npm dependencies stay imports. */
const keepDependenciesExternal = {
  name: 'keep-dependencies-external',
  setup(bundler) {
    bundler.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@aftermath/') ? undefined : { path: args.path, external: true },
    );
  },
};

const started = Date.now();
const result = await build({
  absWorkingDir: root,
  // The bundle sits two folders below apps/, like the sources it replaces, so paths the code
  // resolves from import.meta.url (the web app's dist folder) stay the same.
  entryPoints: ['apps/cli/src/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  plugins: [keepDependenciesExternal],
});
const inputs = Object.keys(result.metafile.inputs).map((input) =>
  relative(root, resolve(root, input)),
);
writeFileSync(resolve(root, 'apps/cli/dist/aftermath.inputs.json'), JSON.stringify(inputs));
console.error(`aftermath CLI bundled from ${inputs.length} files in ${Date.now() - started} ms`);
