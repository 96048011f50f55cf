import type { Command } from 'commander';
import type { TimelineView } from '@aftermath/analysis';
import { buildTimelineView } from '@aftermath/core';
import { incidentKey, parseOrThrow, systemPrincipal } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withBackend } from '../remote';
import { withDataOptions, type DataOptions } from '../store-options';
import { formatTimelineText } from './timeline.format';

interface TimelineOptions extends DataOptions {
  md?: boolean;
}

/**
 * `aftermath timeline KEY [--md|--json]`: entries, milestones, suspect changes and gaps. JSON is
 * `{"entries":[…],"milestones":{"recorded","proposed","decisions"},"suspects":[…],"gaps":[…]}`.
 */
export function registerTimeline(program: Command): void {
  withDataOptions(
    program
      .command('timeline')
      .description("print an incident's timeline: entries, milestones, suspect changes, gaps")
      .argument('<key>', 'e.g. INC-42')
      .option('--md', 'Markdown tables, to paste into a postmortem'),
  ).action(
    runAction(async (output, key: string, options: TimelineOptions) => {
      if (options.md === true && output.json) throw new UsageError('choose one of --md and --json');
      const parsed = parseOrThrow(incidentKey, key, 'KEY');
      // The wire schema is looser than the analysis type (rule ids as plain strings); same data.
      const view: TimelineView = await withBackend<TimelineView>(
        options,
        (ctx) => buildTimelineView(ctx, systemPrincipal, parsed),
        async (api) =>
          (await api.call('getTimelineView', { params: { key: parsed } })).data as TimelineView,
      );
      if (options.md === true) {
        const { buildTimelineMarkdown } = await import('@aftermath/analysis');
        process.stdout.write(buildTimelineMarkdown(view, { title: `Timeline of ${parsed}` }));
        return;
      }
      output.result(view, () => formatTimelineText(view));
    }),
  );
}
