import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { importDocument } from '@aftermath/core';
import {
  DomainError,
  isDomainError,
  systemPrincipal,
  type PostmortemDocument,
} from '@aftermath/domain';
import type { Context } from '@aftermath/core';
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

type ImportFormat = 'aftermath' | 'front-matter';

interface ImportDocsOptions extends DataOptions {
  format: string;
  mapping?: string;
}

/** Turns one file's text into a document: Aftermath Markdown, or front matter through a mapping. */
async function documentReader(
  options: ImportDocsOptions,
): Promise<(ctx: Context, text: string, file: string) => Promise<PostmortemDocument>> {
  const analysis = await import('@aftermath/analysis');
  const format = options.format as ImportFormat;
  if (format === 'aftermath') {
    if (options.mapping) throw new UsageError('--mapping only applies to --format front-matter');
    return (_ctx, text, file) => Promise.resolve(analysis.parsePostmortemMarkdown(text, file));
  }
  if (format !== 'front-matter') {
    throw new UsageError(`--format: expected aftermath or front-matter, got "${options.format}"`);
  }
  const mapping = options.mapping
    ? analysis.parseFrontMatterMapping(
        await readFile(options.mapping, 'utf8').catch(() => {
          throw new UsageError(`${options.mapping}: no such mapping file`);
        }),
        options.mapping,
      )
    : analysis.defaultFrontMatterMapping;
  return async (ctx, text, file) => {
    // Parse before reserving a number, so a bad file uses none.
    const probe = analysis.parseFrontMatterPostmortem(text, file, {
      key: 'INC-1',
      mapping,
      now: ctx.clock().toISOString(),
    });
    const key = `INC-${await ctx.store.incidents.nextNumber()}` as const;
    return { ...probe, incident: { ...probe.incident, key } };
  };
}

/**
 * `aftermath import-docs PATH…`: each file is parsed, then written in its own transaction, so a
 * malformed file writes nothing and does not stop the others. Exit 2 when any file failed.
 */
export function registerImportDocs(program: Command): void {
  withDataOptions(
    program
      .command('import-docs')
      .description(
        'import postmortems written in Aftermath Markdown, or Markdown with front matter through a field mapping (files or folders)',
      )
      .argument('<paths...>', 'Markdown files or folders of them')
      .option(
        '--format <format>',
        'aftermath (Aftermath Markdown, keys kept) or front-matter (title, start_time, end_time, summary, categories, keywords, company, product; new keys)',
        'aftermath',
      )
      .option(
        '--mapping <file>',
        'YAML or JSON naming the front-matter fields to use (title, startedAt, resolvedAt, summary, tags, service, bodySection, severity)',
      ),
  ).action(
    runAction(async (output, paths: string[], options: ImportDocsOptions) => {
      const readDocument = await documentReader(options);
      const files = await markdownFiles(paths);
      const imported: string[] = [];
      const failed: string[] = [];
      await withContext(options, async (ctx) => {
        for (const [index, file] of files.entries()) {
          try {
            const doc = await readDocument(ctx, await readFile(file, 'utf8'), file);
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
