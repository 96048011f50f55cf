import type { Command } from 'commander';
import { lintText } from '@aftermath/analysis';
import { exitCode, UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withDataOptions, type DataOptions } from '../store-options';
import { collectLintFiles, lintFormatOf } from './lint.files';
import { formatLintJson, formatLintText, type FileFinding } from './lint.format';
import { buildSarifLog } from './lint.sarif';
import { loadWorkspaceChecks, readTextInput } from './text-checks.options';

interface LintOptions extends DataOptions {
  format?: string;
}

const FORMATS = ['text', 'json', 'sarif'] as const;

function outputFormat(options: LintOptions): (typeof FORMATS)[number] {
  const format = options.format ?? (options.json === true ? 'json' : 'text');
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format: "${format}" is not one of ${FORMATS.join(', ')}`);
  }
  if (options.json === true && format !== 'json') {
    throw new UsageError('--json: conflicts with --format ' + format);
  }
  return format as (typeof FORMATS)[number];
}

/**
 * `aftermath lint PATH… [--format text|json|sarif]`: blameless language, secrets and personal
 * data on Markdown and plain-text files (folders searched for .md, .markdown, .txt), and on
 * Aftermath Markdown postmortems also the file format and the quality checklist. Exit 1 when
 * any finding is an error.
 */
export function registerLint(program: Command): void {
  withDataOptions(
    program
      .command('lint')
      .description(
        'check postmortems and notes: blameless language, secrets/PII, format and quality checklist',
      )
      .argument('<paths...>', 'files or folders (Markdown, plain text), or - for stdin')
      .option('--format <format>', 'text (file:line:col severity rule message), json or sarif'),
  ).action(
    runAction(async (output, paths: string[], options: LintOptions) => {
      const format = outputFormat(options);
      const files = paths.includes('-')
        ? ['-', ...(await collectLintFiles(paths.filter((p) => p !== '-')))]
        : await collectLintFiles(paths);
      const checks = await loadWorkspaceChecks(options);
      const findings: FileFinding[] = [];
      for (const file of files) {
        const text = await readTextInput(file);
        const name = file === '-' ? '<stdin>' : file;
        for (const finding of lintText(text, {
          format: lintFormatOf(file),
          file: name,
          names: checks.names,
          allow: checks.blamelessAllow,
          redactionAllow: checks.redactionAllow,
        })) {
          findings.push({ file: name, ...finding });
        }
      }
      if (files.length === 0) output.info('no Markdown or text files found');
      const printed =
        format === 'sarif'
          ? JSON.stringify(buildSarifLog(findings), null, 2)
          : format === 'json'
            ? formatLintJson(findings)
            : formatLintText(findings, files.length);
      process.stdout.write(`${printed}\n`);
      return findings.some((f) => f.severity === 'error') ? exitCode.findings : exitCode.ok;
    }),
  );
}
