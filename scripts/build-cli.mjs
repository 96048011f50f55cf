// Bundles the CLI (and the server it starts) into ES modules, so `aftermath` starts in about a
// third of the time it takes tsx to load the TypeScript sources. The bundle is an optional speed-up:
// apps/cli/bin/aftermath.js uses it only while it is newer than every source file it was built
// from (listed next to it), and falls back to the sources otherwise.
import { build } from 'esbuild';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outdir = resolve(root, 'apps/cli/dist');

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
  entryPoints: { aftermath: 'apps/cli/src/main.ts' },
  outdir,
  // What a command imports only when it runs (the server, with fastify, nodemailer and
  // openid-client) goes into chunks beside the entry, so other commands never load it. The
  // chunks stay in the same folder as the entry for the paths above.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  outExtension: { '.js': '.mjs' },
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
writeFileSync(resolve(outdir, 'aftermath.inputs.json'), JSON.stringify(inputs));
// Chunk names carry a content hash, so the chunks of older builds are left behind: remove them.
const built = new Set(Object.keys(result.metafile.outputs).map((output) => resolve(root, output)));
for (const name of readdirSync(outdir)) {
  if (name.startsWith('chunk-') && !built.has(resolve(outdir, name))) rmSync(resolve(outdir, name));
}
console.error(`aftermath CLI bundled from ${inputs.length} files in ${Date.now() - started} ms`);
