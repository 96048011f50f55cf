import type { RouteOutput, routes } from '@aftermath/contract';

/** The answer of `GET /api/v1/programme-health`, as the contract defines it. */
export type ProgrammeHealthBody = RouteOutput<(typeof routes)['getProgrammeHealth']>;
export type HealthSignalBody = ProgrammeHealthBody['signals'][number];

/** A signal's value in its unit: `42%`, `1.3 per postmortem`, `36 h`, `0.50× expected`. */
export function formatHealthValue(unit: HealthSignalBody['unit'], value: number | null): string {
  if (value === null) return 'no data';
  switch (unit) {
    case 'share':
      return `${Math.round(value * 100)}%`;
    case 'per_postmortem':
      return `${value.toFixed(1)} per postmortem`;
    case 'hours':
      return `${value.toFixed(value < 10 ? 1 : 0)} h`;
    case 'ratio':
      return `${value.toFixed(2)}× expected`;
  }
}

/** The short axis form of a value: `42%`, `1.3`, `36 h`, `0.5×`. */
export function formatHealthTick(unit: HealthSignalBody['unit'], value: number): string {
  if (unit === 'share') return `${Math.round(value * 100)}%`;
  if (unit === 'hours') return `${Math.round(value)} h`;
  if (unit === 'ratio') return `${Number(value.toFixed(1))}×`;
  return String(Number(value.toFixed(1)));
}
