import type { Command } from 'commander';
import { assessWorkspaceMaturity } from '@aftermath/core';
import type { MaturityAssessment } from '@aftermath/analysis';
import { systemPrincipal } from '@aftermath/domain';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';

/**
 * `aftermath maturity [--json]`: the workspace's rung on the beginner → intermediate → advanced
 * ladder, each check with pass/fail and its evidence count, and the next steps.
 */
export function registerMaturity(program: Command): void {
  withDataOptions(
    program
      .command('maturity')
      .description(
        'where the workspace stands (beginner, intermediate, advanced) from what is in use, ' +
          'with the next steps',
      ),
  ).action(
    runAction(async (output, options: DataOptions) => {
      const assessment = await withContext(options, (ctx) =>
        assessWorkspaceMaturity(ctx, systemPrincipal),
      );
      output.result(assessment, () => formatMaturityText(assessment));
    }),
  );
}

function formatMaturityText(assessment: MaturityAssessment): string {
  const lines = [`Level: ${assessment.level ?? 'not yet beginner'}`, ''];
  for (const check of assessment.checks) {
    const evidence = check.total === null ? `${check.count}` : `${check.count}/${check.total}`;
    lines.push(
      `${check.pass ? 'PASS' : 'FAIL'}  ${check.level.padEnd(12)} ${check.description} (${evidence})`,
    );
  }
  if (assessment.nextSteps.length > 0) {
    lines.push('', 'Next steps:', ...assessment.nextSteps.map((step) => `- ${step}`));
  }
  return lines.join('\n');
}
