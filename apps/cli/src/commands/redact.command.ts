import type { Command } from 'commander';
import { redactText } from '@aftermath/analysis';
import { runAction } from '../run-action';
import { withDataOptions, type DataOptions } from '../store-options';
import { loadWorkspaceChecks, readTextInput } from './text-checks.options';

/**
 * `aftermath redact [FILE|-]`: the text with secrets and personal data replaced by placeholders
 * (`[REDACTED:aws-access-key#1]`). `--json` prints only where they were (DESIGN §3):
 * `{"findings":[{"line","start","end","kind","rule"}]}`, never the values.
 */
export function registerRedact(program: Command): void {
  withDataOptions(
    program
      .command('redact')
      .description(
        'replace secrets and personal data with placeholders; with --data, the workspace names too',
      )
      .argument('[file]', 'a text file, or - for stdin (the default)', '-'),
  ).action(
    runAction(async (output, file: string, options: DataOptions) => {
      const text = await readTextInput(file);
      const checks = await loadWorkspaceChecks(options);
      const result = redactText(text, { names: checks.names, allow: checks.redactionAllow });
      if (output.json) {
        const findings = result.findings.map(({ line, start, end, kind, rule }) => ({
          line,
          start,
          end,
          kind,
          rule,
        }));
        process.stdout.write(`${JSON.stringify({ findings })}\n`);
      } else {
        process.stdout.write(result.text);
      }
      if (result.findings.length > 0) output.info(`${result.findings.length} value(s) redacted`);
    }),
  );
}
