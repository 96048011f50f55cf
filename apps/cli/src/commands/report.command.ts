import type { Command } from 'commander';
import {
  broadcastReader,
  buildReport,
  enqueueNotification,
  reportNotification,
} from '@aftermath/core';
import { renderReportHtml, renderReportMarkdown, type ReportPeriodKind } from '@aftermath/analysis';
import { systemPrincipal } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';

interface ReportOptions extends DataOptions {
  at?: string;
  format: string;
  send?: boolean;
}

const periods: readonly ReportPeriodKind[] = ['weekly', 'monthly', 'quarterly'];
const formats = ['md', 'html'];

/**
 * `aftermath report weekly|monthly|quarterly [--at DATE] [--format md|html] [--json]`: the review
 * for the ISO week, calendar month or quarter (UTC) containing `--at` (default now). `--json`
 * prints the report model instead of the document (docs/reports.md).
 */
export function registerReport(program: Command): void {
  withDataOptions(
    program
      .command('report')
      .description(
        'periodic review: weekly (actions due/overdue, SLO burn), monthly (trends across ' +
          'postmortems, MTTx medians), quarterly (SLO compliance, policy review)',
      )
      .argument('<period>', 'weekly, monthly or quarterly')
      .option('--at <date>', 'a day (YYYY-MM-DD, UTC) or ISO time inside the period; default now')
      .option('--format <format>', 'md or html', 'md')
      .option('--send', 'also queue the Markdown report to the notification targets of `report`'),
  ).action(
    runAction(async (output, period: string, options: ReportOptions) => {
      if (!periods.includes(period as ReportPeriodKind)) {
        throw new UsageError(`period must be weekly, monthly or quarterly, not ${period}`);
      }
      if (!formats.includes(options.format)) {
        throw new UsageError(`--format must be md or html, not ${options.format}`);
      }
      const report = await withContext(options, async (ctx) => {
        const built = await buildReport(
          ctx,
          systemPrincipal,
          period as ReportPeriodKind,
          options.at,
        );
        if (options.send === true) {
          // Targets are broadcast channels: the report sent is the one a reader without access
          // to restricted incidents gets (neither listed nor counted).
          const broadcast = await buildReport(
            ctx,
            broadcastReader,
            period as ReportPeriodKind,
            options.at,
          );
          const queued = await enqueueNotification(ctx, reportNotification(broadcast));
          output.info(`queued to ${queued.length} notification target(s) subscribed to report`);
        }
        return built;
      });
      output.result(report, () =>
        (options.format === 'html'
          ? renderReportHtml(report)
          : renderReportMarkdown(report)
        ).trimEnd(),
      );
    }),
  );
}
