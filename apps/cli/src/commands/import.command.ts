import type { Command } from 'commander';
import { getIncident, importEvidence, listEvidenceFormats, type Context } from '@aftermath/core';
import {
  DomainError,
  incidentKey,
  isDomainError,
  parseOrThrow,
  systemPrincipal,
  type EvidenceFormat,
  type IncidentKey,
} from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { reportError, type Output } from '../output';
import { runAction } from '../run-action';
import { fromApiError, remoteTarget, withBackend } from '../remote';
import { withContext, withDataOptions, type DataOptions } from '../store-options';
import { importRemotely } from './import.remote';
import { formatImportSummary, type ImportedFile } from './import.format';
import { openImportSource, parseReferenceDate } from './import-sources';
import { createProgressDisplay } from './import.progress';
import { importStatuspageFile, type StatuspageFileResult } from './import-statuspage';

interface ImportOptions extends DataOptions {
  incident?: string;
  format: string;
  zone?: string;
  referenceDate?: string;
}

function parseFormat(format: string): EvidenceFormat | 'auto' {
  const known = listEvidenceFormats().map((item) => item.format);
  if (format === 'auto' || known.some((name) => name === format)) {
    return format as EvidenceFormat | 'auto';
  }
  throw new UsageError(`--format must be auto or one of: ${known.join(', ')}; got "${format}"`);
}

/** Makes sure an error about a file names the file. */
function naming(error: unknown, file: string): unknown {
  if (!isDomainError(error) || error.message.startsWith(file)) return error;
  return new DomainError(error.code, `${file}: ${error.message}`, error.details);
}

async function importOne(
  ctx: Context,
  output: Output,
  key: IncidentKey,
  path: string,
  options: ImportOptions & { parsedFormat: EvidenceFormat | 'auto' },
): Promise<ImportedFile> {
  const { name, source, sizeHint, importers } = await openImportSource(
    path,
    options.format,
    options.referenceDate,
  );
  const progress = await createProgressDisplay(name, process.stderr.isTTY && !output.json);
  try {
    const evidence = await importEvidence(ctx, systemPrincipal, key, {
      source,
      name,
      format: options.parsedFormat,
      channel: 'cli',
      ...(options.zone === undefined ? {} : { defaultZone: options.zone }),
      ...(sizeHint === undefined ? {} : { sizeHint }),
      ...(importers === undefined ? {} : { importers }),
      onProgress: (update) => progress.update(update),
    });
    return { file: name, evidence, detected: options.parsedFormat === 'auto' };
  } finally {
    progress.stop();
    if (source !== process.stdin) source.destroy?.();
  }
}

/** Status-page history: every file's incidents become incidents; exit 2 when a file failed. */
async function importStatuspage(output: Output, paths: string[], options: ImportOptions) {
  if (options.incident !== undefined) {
    throw new UsageError('--format statuspage creates incidents: leave out --incident');
  }
  if (remoteTarget() !== null) {
    throw new UsageError('--format statuspage works only in local mode (no --server)');
  }
  const results: StatuspageFileResult[] = [];
  let failed = 0;
  await withContext(options, async (ctx) => {
    for (const path of paths) {
      try {
        results.push(await importStatuspageFile(ctx, path));
      } catch (error) {
        failed += 1;
        reportError(error, output.json);
      }
    }
  });
  output.result(results, () =>
    results
      .map(
        (r) =>
          `${r.file}: ${r.created.length} incident(s) created, ${r.skipped} already imported, ` +
          `${r.problems.length} problem(s)` +
          r.problems.map((p) => `\n  ${p.message}`).join(''),
      )
      .join('\n'),
  );
  return failed > 0 ? 2 : 0;
}

/**
 * `aftermath import PATH…|- --incident KEY`: each file is its own import (its own transaction), so
 * a bad file changes nothing and does not stop the others; exit 2 when any failed.
 */
export function registerImport(program: Command): void {
  const formats = listEvidenceFormats().map((item) => item.format);
  withDataOptions(
    program
      .command('import')
      .description("import evidence files into an incident's timeline (gzip is read as is)")
      .argument(
        '<paths...>',
        'evidence files (an unpacked Slack export folder with --format slack); - reads stdin',
      )
      .option('--incident <key>', 'the incident, e.g. INC-42 (not with --format statuspage)')
      .option(
        '--format <format>',
        `auto (detect), statuspage (creates incidents) or one of: ${formats.join(', ')}`,
        'auto',
      )
      .option('--zone <zone>', 'IANA zone for times written without one (default UTC)')
      .option(
        '--reference-date <YYYY-MM-DD>',
        'the day of chat transcript lines that carry only a time (--format chat)',
      ),
  ).action(
    runAction(async (output, paths: string[], options: ImportOptions) => {
      if (options.format === 'statuspage') return importStatuspage(output, paths, options);
      if (options.incident === undefined) {
        throw new UsageError(
          '--incident KEY is required (only --format statuspage creates incidents)',
        );
      }
      const key = parseOrThrow(incidentKey, options.incident, '--incident');
      const parsedFormat = parseFormat(options.format);
      parseReferenceDate(options.referenceDate);
      const imported: ImportedFile[] = [];
      let failed = 0;
      const importEach = async (importFile: (path: string) => Promise<ImportedFile>) => {
        for (const path of paths) {
          try {
            imported.push(await importFile(path));
          } catch (error) {
            failed += 1;
            reportError(naming(error, path === '-' ? 'stdin' : path), output.json);
          }
        }
      };
      await withBackend(
        options,
        async (ctx) => {
          await getIncident(ctx, systemPrincipal, key);
          await importEach((path) =>
            importOne(ctx, output, key, path, { ...options, parsedFormat }),
          );
        },
        async (api, target) => {
          await api.call('getIncident', { params: { key } });
          const remote = { ...options, format: parsedFormat };
          await importEach((path) =>
            importRemotely(api, key, path, remote).catch((error: unknown) => {
              throw fromApiError(error, target);
            }),
          );
        },
      );
      output.result(
        imported.map((item) => item.evidence),
        () => formatImportSummary(imported, failed),
      );
      return failed > 0 ? 2 : 0;
    }),
  );
}
