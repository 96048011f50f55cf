/**
 * Formats a duration for people, coarsening as it grows: `45 s`, `7 min`, `7 min 30 s`,
 * `2 h 5 min`, `3 d 4 h`. Input in milliseconds; negative values are formatted by magnitude.
 *
 * @example
 * formatSpan(7 * 60_000); // '7 min'
 * formatSpan(125 * 60_000); // '2 h 5 min'
 */
export function formatSpan(milliseconds: number): string {
  const seconds = Math.floor(Math.abs(milliseconds) / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return joinUnits(minutes, 'min', seconds % 60, 's');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return joinUnits(hours, 'h', minutes % 60, 'min');
  return joinUnits(Math.floor(hours / 24), 'd', hours % 24, 'h');
}

function joinUnits(major: number, majorUnit: string, minor: number, minorUnit: string): string {
  return minor === 0 ? `${major} ${majorUnit}` : `${major} ${majorUnit} ${minor} ${minorUnit}`;
}
