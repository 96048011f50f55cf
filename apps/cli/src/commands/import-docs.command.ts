import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { importDocument } from '@aftermath/core';
import { DomainError, isDomainError, systemPrincipal } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { reportError } from '../output';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';

/** Expands folders into the Markdown files inside them (recursively, sorted). */
async function markdownFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => {
      throw new UsageError(`${path}: no such file or folder`);
    });
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, { withFileTypes: true });
    const children = entries
      .filter((e) => e.isDirectory() || e.name.endsWith('.md'))
      .map((e) => join(path, e.name))
      .sort();
    files.push(...(await markdownFiles(children)));
  }
  return files;
}

/** Makes sure an error about a file names the file. */
function withFileName(error: unknown, file: string): unknown {
  if (!isDomainError(error) || error.message.startsWith(file)) return error;
  return new DomainError(error.code, `${file}: ${error.message}`, error.details);
}

/**
 * `aftermath import-docs PATH…`: each file is parsed, then written in its own transaction, so a
 * malformed file writes nothing and does not stop the others. Exit 2 when any file failed.
 */
export function registerImportDocs(program: Command): void {
  withDataOptions(
    program
      .command('import-docs')
      .description('import postmortems written in Aftermath Markdown (files or folders)')
      .argument('<paths...>', 'Markdown files or folders of them'),
  ).action(
    runAction(async (output, paths: string[], options: DataOptions) => {
      const { parsePostmortemMarkdown } = await import('@aftermath/analysis');
      const files = await markdownFiles(paths);
      const imported: string[] = [];
      const failed: string[] = [];
      await withContext(options, async (ctx) => {
        for (const [index, file] of files.entries()) {
          try {
            const doc = parsePostmortemMarkdown(await readFile(file, 'utf8'), file);
            imported.push(await importDocument(ctx, systemPrincipal, doc));
            output.info(`[${index + 1}/${files.length}] ${file} → ${doc.incident.key}`);
          } catch (error) {
            failed.push(file);
            reportError(withFileName(error, file), output.json);
          }
        }
      });
      output.result(
        { imported, failed },
        () =>
          `Imported ${imported.length} of ${files.length} file(s)` +
          (failed.length > 0 ? `; failed: ${failed.join(', ')}` : ''),
      );
      return failed.length > 0 ? 2 : 0;
    }),
  );
}
