import type { HealthPoint } from './health-signal';

/** Sums of a numerator and a denominator per week; the value is their ratio. */
export class RatioSeries {
  private readonly parts: { num: number; den: number; n: number }[];

  constructor(private readonly periods: readonly string[]) {
    this.parts = periods.map(() => ({ num: 0, den: 0, n: 0 }));
  }

  /** Adds to week `index`; `n` is what the sample size counts (the denominator by default). */
  add(index: number | null, num: number, den: number, n = den): void {
    if (index === null) return;
    const part = this.parts[index];
    if (part === undefined) return;
    part.num += num;
    part.den += den;
    part.n += n;
  }

  /** The whole window: value over every week, its `n`, and the weekly trend. */
  finish(scale = 1): { value: number | null; n: number; trend: HealthPoint[] } {
    const total = this.parts.reduce(
      (sum, part) => ({ num: sum.num + part.num, den: sum.den + part.den, n: sum.n + part.n }),
      { num: 0, den: 0, n: 0 },
    );
    const ratio = (num: number, den: number) => (den > 0 ? num / den / scale : null);
    return {
      value: ratio(total.num, total.den),
      n: total.n,
      trend: this.parts.map((part, i) => ({
        period: this.periods[i] ?? '',
        value: ratio(part.num, part.den),
        n: part.n,
      })),
    };
  }
}
