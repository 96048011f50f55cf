import { describe, expect, it } from 'vitest';
import { createRangeSpendCollector } from './budget-in-range';
import { anObjective, anSlo, minutesFrom, ratioSample } from './testing/slo-factory';

const dayStart = '2026-03-10T00:00:00.000Z';
const hour = (hours: number): string => minutesFrom(dayStart, hours * 60);

describe('budget spent in an impact window', () => {
  it('is the window’s bad events over the budget of the period ending at its end', () => {
    // Hourly samples of 1000 events; 100 bad at 21:00 and 200 bad at 22:00, both inside the
    // impact window 20:00 → 22:00. The 1-day period ending 22:00 holds 22 samples = 22 000
    // events, budget 1 % = 220, so the incident spent 300 / 220 of it.
    const bad: Record<number, number> = { 21: 100, 22: 200 };
    const samples = Array.from({ length: 24 }, (_, index) =>
      ratioSample(hour(index + 1), 1000 - (bad[index + 1] ?? 0), 1000),
    );
    const slo = anSlo({ window: { kind: 'rolling', duration: '1d' } });
    const collector = createRangeSpendCollector(
      slo,
      anObjective({ target: 0.99 }),
      Date.parse(hour(20)),
      Date.parse(hour(22)),
    );
    for (const sample of samples) collector.add(sample);
    const spend = collector.finish();
    expect(spend.spent).toBe(300);
    expect(spend.budgetTotal).toBeCloseTo(220, 9);
    expect(spend.fraction).toBeCloseTo(300 / 220, 9);
  });

  it('counts bad slices for Timeslices and has no fraction before any event', () => {
    const slo = anSlo({
      budgetingMethod: 'Timeslices',
      window: { kind: 'rolling', duration: '1d' },
    });
    const objective = anObjective({ target: 0.9, timeSliceTarget: 0.99, timeSliceWindow: '1h' });
    // Slices ending 21:00 and 22:00 are bad (95 %, 98 %), the one ending 23:00 is after the window.
    const collector = createRangeSpendCollector(
      slo,
      objective,
      Date.parse(hour(20)),
      Date.parse(hour(22)),
    );
    for (const [at, good] of [
      [21, 95],
      [22, 98],
      [23, 0],
    ] as const) {
      collector.add(ratioSample(hour(at), good, 100));
    }
    // 24 slices a day, budget 2.4 slices; 2 spent.
    const spend = collector.finish();
    expect(spend.spent).toBe(2);
    expect(spend.fraction).toBeCloseTo(2 / 2.4, 9);
    const empty = createRangeSpendCollector(anSlo(), anObjective(), 0, 1000);
    expect(empty.finish()).toEqual({ spent: 0, budgetTotal: 0, fraction: null });
  });
});
