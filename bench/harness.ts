/**
 * The benchmark harness: every benchmark measures its subject and a baseline in the same run and
 * reports the ratio, so results compare across machines. Targets are printed, never asserted in
 * tests.
 */

/** One figure a benchmark reports. */
export interface Measurement {
  /** What was measured, e.g. `import 1 GB JSON lines`. */
  name: string;
  value: number;
  unit: string;
  /** Whether a larger value is better (throughput, accuracy) or worse (latency, memory). */
  higherIsBetter: boolean;
  /** The same figure for the baseline measured in this run; the harness prints value / baseline. */
  baseline?: { label: string; value: number };
  /** The goal: a ratio to the baseline, or an absolute value. */
  target?: { ratio?: number; value?: number };
  /**
   * True when missing the target means the run is wrong, not slow (errors under load): the run
   * then exits with code 1. Speed targets are only reported.
   */
  required?: boolean;
  note?: string;
}

/** What a benchmark receives: `quick` asks for a smaller workload (used by the smoke test). */
export interface BenchContext {
  quick: boolean;
  log: (message: string) => void;
}

/** A named benchmark. Files named `*.bench.ts` default-export one or an array of them. */
export interface Benchmark {
  name: string;
  run(context: BenchContext): Promise<Measurement[]>;
}

/** Declares a benchmark (for type checking). */
export function defineBenchmark(benchmark: Benchmark): Benchmark {
  return benchmark;
}

/** Runs `work` repeatedly for at least `minMs` and returns operations per second. */
export async function opsPerSecond(work: () => unknown, minMs = 1000): Promise<number> {
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    await work();
    count += 1;
    elapsed = performance.now() - start;
  }
  return (count * 1000) / elapsed;
}

/** Times one run of `work` in milliseconds. */
export async function timeMs(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** True when the measurement meets its target (or has none). */
export function meetsTarget(m: Measurement): boolean {
  if (!m.target) return true;
  const better = (a: number, b: number) => (m.higherIsBetter ? a >= b : a <= b);
  if (m.target.value !== undefined && !better(m.value, m.target.value)) return false;
  if (m.target.ratio !== undefined && m.baseline) {
    return better(m.value / m.baseline.value, m.target.ratio);
  }
  return true;
}
