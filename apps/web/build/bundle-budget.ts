import type { Plugin } from 'vite';

interface ChunkInfo {
  code: string;
  imports: string[];
  isEntry: boolean;
}

async function gzippedBytes(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

// What the browser must fetch before the first page renders: entries and their static imports.
function initialChunks(chunks: Map<string, ChunkInfo>): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const next of chunks.get(name)?.imports ?? []) visit(next);
  };
  for (const [name, chunk] of chunks) if (chunk.isEntry) visit(name);
  return seen;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Prints the gzipped size of the JavaScript the first page needs (and of the lazy chunks) and
 * fails the build when the initial JavaScript passes `budgetKb`.
 */
export function bundleBudget(budgetKb: number): Plugin {
  return {
    name: 'aftermath-bundle-budget',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkInfo>();
      for (const [name, output] of Object.entries(bundle)) {
        if (output.type === 'chunk') chunks.set(name, output);
      }
      const initial = initialChunks(chunks);
      let initialBytes = 0;
      let lazyBytes = 0;
      for (const [name, chunk] of chunks) {
        const size = await gzippedBytes(chunk.code);
        if (initial.has(name)) initialBytes += size;
        else lazyBytes += size;
      }
      const line =
        `initial JS ${kb(initialBytes)} gzipped (budget ${budgetKb} KB), ` +
        `loaded on demand ${kb(lazyBytes)}`;
      if (initialBytes > budgetKb * 1024) this.error(`Bundle over budget: ${line}`);
      this.info(line);
    },
  };
}
