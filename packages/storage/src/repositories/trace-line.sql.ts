import { sql, type RawBuilder } from 'kysely';
import type { DialectCapabilities } from '../dialects/dialect';

// The trace-id rule of `readTraceIds` (importers: a body line that is exactly `Trace: ` and 32
// lower-case hex digits, lines ended by \n, \r, U+2028 or U+2029, as JavaScript's multiline `^`
// and `$` read them) written in SQL, so the metrics count trace-carrying entries in the database
// instead of sending every marked body to the application. A test holds both to the same answers.

/** The line terminators of a JavaScript multiline regular expression. */
const terminators = ['\n', '\r', '\u2028', '\u2029'];
const hex32 = '[0-9a-f]'.repeat(32);
/** SQLite: GLOB over the body with every terminator made \n and a \n added at both ends. */
const globPattern = `*\nTrace: ${hex32}\n*`;
/** PostgreSQL: an advanced regular expression, where `^` and `$` are the ends of the text. */
const regexPattern = `(^|[${terminators.join('')}])Trace: [0-9a-f]{32}($|[${terminators.join('')}])`;

/**
 * True when `body` has a trace line. A case-insensitive LIKE on the marker text runs first: it is
 * cheap and a superset, so the exact test only reads bodies that may match.
 *
 * @example
 * db.selectFrom('timeline_entries').select(countWhere(hasTraceLine(capabilities)))
 */
export function hasTraceLine(
  capabilities: Pick<DialectCapabilities, 'patternMatch'>,
): RawBuilder<boolean> {
  const marked = sql`body like '%Trace: %'`;
  if (capabilities.patternMatch === 'posix-regex')
    return sql<boolean>`(${marked} and body ~ ${regexPattern})`;
  let unified: RawBuilder<string> = sql`body`;
  for (const terminator of terminators.slice(1))
    unified = sql`replace(${unified}, ${terminator}, ${'\n'})`;
  return sql<boolean>`(${marked} and (${'\n'} || ${unified} || ${'\n'}) glob ${globPattern})`;
}
