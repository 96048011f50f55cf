import { describe, expect, it } from 'vitest';
import { scaleBurnWindows } from './burn-rate';
import { evaluateObjective } from './objective-evaluator';
import { anObjective, anSlo, minutesFrom, ratioSample } from './testing/slo-factory';

const now = '2026-03-10T12:00:00.000Z';
const at = (minutesAgo: number): string => minutesFrom(now, -minutesAgo);
const day = 86_400_000;

describe('scaleBurnWindows', () => {
  it.each([
    // The Workbook's own 30-day factors, then the same budget shares over 7 and 1 days.
    { period: 30 * day, factors: [14.4, 6, 3, 1] },
    { period: 7 * day, factors: [3.36, 1.4, 0.7, 7 / 30] },
    // A 1-day period has no 3-day window: that pair is left out.
    { period: day, factors: [0.48, 0.2, 0.1] },
  ])('scales the factors to a $period ms period', ({ period, factors }) => {
    const scaled = scaleBurnWindows(period).map((pair) => pair.factor);
    expect(scaled).toHaveLength(factors.length);
    scaled.forEach((factor, index) => expect(factor).toBeCloseTo(factors[index] ?? NaN, 9));
  });
});

describe('burn rates and alert state', () => {
  const slo = anSlo({ window: { kind: 'rolling', duration: '30d' } });
  const objective = anObjective({ target: 0.999 });

  it('pages when both windows of a page pair burn faster than the factor', () => {
    // 5 min: 150 bad of 1000 → 0.15 / 0.001 = 150. 30 min: the same sample alone → 150.
    // 1 h and 2 h: 150 of 2000 → 75. 6 h, 1 d, 3 d: 250 of 12 000 → 20.83.
    const samples = [
      ratioSample(at(120), 9900, 10_000),
      ratioSample(at(30), 1000, 1000),
      ratioSample(at(0), 850, 1000),
    ];
    const result = evaluateObjective(slo, objective, samples, Date.parse(now));
    const rows = result.burnRates.map(({ longWindow, shortWindow, long, short, firing }) => [
      `${longWindow}/${shortWindow}`,
      Number(long?.toFixed(4)),
      Number(short?.toFixed(4)),
      firing,
    ]);
    expect(rows).toEqual([
      ['1h/5m', 75, 150, true],
      ['6h/30m', 20.8333, 150, true],
      ['1d/2h', 20.8333, 75, true],
      ['3d/6h', 20.8333, 20.8333, true],
    ]);
    expect(result.alert).toBe('page');
    expect(result.burnRates.map((rate) => rate.severity)).toEqual([
      'page',
      'page',
      'ticket',
      'ticket',
    ]);
  });

  it('does not page on a spike that is over: the short window must burn too', () => {
    // 1 h: 100 bad of 2000 → 50 > 14.4, but 5 min: 0 of 1000 → 0. Only the 1 d / 2 h pair holds.
    const samples = [ratioSample(at(50), 900, 1000), ratioSample(at(0), 1000, 1000)];
    const result = evaluateObjective(slo, objective, samples, Date.parse(now));
    const firing = result.burnRates.filter((rate) => rate.firing).map((rate) => rate.longWindow);
    expect(result.burnRates[0]).toMatchObject({ short: 0, firing: false });
    expect(result.burnRates[0]?.long).toBeCloseTo(50, 9);
    expect(firing).toEqual(['1d', '3d']);
    expect(result.alert).toBe('ticket');
  });

  it('reports no rate for a window without events and raises nothing', () => {
    // 10 h ago everything failed: the 1 d and 3 d windows burn at 1000, but their short windows
    // (2 h, 6 h) hold no events, so no pair fires.
    const samples = [ratioSample(at(600), 0, 1000)];
    const result = evaluateObjective(slo, objective, samples, Date.parse(now));
    expect(result.burnRates[0]).toMatchObject({ long: null, short: null, firing: false });
    expect(result.burnRates[2]).toMatchObject({ long: 1000, short: null, firing: false });
    expect(result.alert).toBe('ok');
  });

  it('judges a 7-day SLO against the scaled factor, not the 30-day one', () => {
    // 1 h and 5 min both burn at 5: above 14.4 × 7/30 = 3.36, below 14.4.
    const weekly = anSlo({ window: { kind: 'rolling', duration: '7d' } });
    const samples = [ratioSample(at(0), 995, 1000)];
    const result = evaluateObjective(weekly, objective, samples, Date.parse(now));
    expect(result.burnRates[0]).toMatchObject({ threshold: 3.36, firing: true });
    expect(result.burnRates[0]?.long).toBeCloseTo(5, 9);
    expect(result.alert).toBe('page');
  });
});
