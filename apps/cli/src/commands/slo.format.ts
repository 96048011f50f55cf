import type { SloStatus } from '@aftermath/core';

const percent = (fraction: number): string => `${(fraction * 100).toFixed(1)} %`;
const rate = (value: number | null): string => (value === null ? '—' : `${value.toFixed(2)}×`);

/** `slo status` as text: one block per SLO objective. */
export function formatSloStatusText(statuses: readonly SloStatus[]): string {
  if (statuses.length === 0) return 'No SLOs yet: import some with `aftermath slo import FILE`.';
  return statuses
    .map((status) => {
      const { total, spent, remaining } = status.budget;
      const head = `${status.name} (${status.service}, target ${percent(status.target)}): ${status.alert.toUpperCase()}`;
      const budget = `  budget ${percent(remaining)} left (spent ${spent.toFixed(2)} of ${total.toFixed(2)})`;
      const burns = status.burnRates.map(
        (burn) =>
          `  ${burn.severity.padEnd(6)} ${`${burn.longWindow}/${burn.shortWindow}`.padEnd(7)} ` +
          `${rate(burn.long)} / ${rate(burn.short)} vs ${burn.threshold.toFixed(2)}×${burn.firing ? '  FIRING' : ''}`,
      );
      return [head, budget, ...burns].join('\n');
    })
    .join('\n\n');
}
