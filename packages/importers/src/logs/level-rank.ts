/** How much a level matters on a timeline. */
export type LevelRank = 'error' | 'warn' | 'info';

const ERROR_WORDS = new Set([
  'error',
  'err',
  'fatal',
  'critical',
  'crit',
  'emerg',
  'emergency',
  'alert',
  'panic',
  'severe',
  'failure',
  'e',
  'f',
]);
const WARN_WORDS = new Set(['warn', 'warning', 'w']);

/**
 * Ranks a level as written: error (ERROR, FATAL, CRITICAL, panic, syslog 0–3, bunyan/pino ≥ 50),
 * warn (WARN, WARNING, syslog 4, bunyan/pino 40) or info (everything else, and no level).
 *
 * @example
 * rankLevel('ERR'); // 'error'
 * rankLevel('40'); // 'warn'
 * rankLevel(null); // 'info'
 */
export function rankLevel(level: string | null): LevelRank {
  if (level === null) return 'info';
  const word = level.trim().toLowerCase();
  if (ERROR_WORDS.has(word)) return 'error';
  if (WARN_WORDS.has(word)) return 'warn';
  if (/^\d+$/.test(word)) return rankNumber(Number(word));
  return 'info';
}

function rankNumber(value: number): LevelRank {
  // bunyan/pino: 10 trace … 30 info, 40 warn, 50 error, 60 fatal; syslog: 0 emerg … 7 debug.
  if (value >= 10) return value >= 50 ? 'error' : value >= 40 ? 'warn' : 'info';
  return value <= 3 ? 'error' : value === 4 ? 'warn' : 'info';
}
