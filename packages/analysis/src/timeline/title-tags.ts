/**
 * Title tags: bracketed words at the very start of an entry title, such as `[FIRING:3]` or
 * `[DEPLOY][ROLLBACK]`. A tag is letters, digits, `-` and `_`, optionally followed by `:` and a
 * count (Alertmanager's `[FIRING:3]` style). Tags are read case-insensitively and lower-cased.
 */

/** The tags at the start of a title, lower-cased, and the title without them. */
export interface TitleTags {
  tags: string[];
  rest: string;
}

const leadingTag = /^\s*\[([A-Za-z][A-Za-z0-9_-]*)(?::\d+)?\]/;

/**
 * Reads the leading tags of a title.
 *
 * @example
 * readTitleTags('[FIRING:2] HighErrorRate checkout-api'); // { tags: ['firing'], rest: 'HighErrorRate checkout-api' }
 * readTitleTags('HighErrorRate [FIRING]'); // { tags: [], rest: 'HighErrorRate [FIRING]' } (not leading)
 */
export function readTitleTags(title: string): TitleTags {
  const tags: string[] = [];
  let rest = title;
  for (let match = leadingTag.exec(rest); match; match = leadingTag.exec(rest)) {
    tags.push((match[1] as string).toLowerCase());
    rest = rest.slice(match[0].length);
  }
  return { tags, rest: rest.trim() };
}

/**
 * Writes a title tag for importers: upper case, with the count when one is given.
 *
 * @example
 * formatTitleTag('firing', 3) + ' HighErrorRate'; // '[FIRING:3] HighErrorRate'
 * formatTitleTag('acknowledged'); // '[ACKNOWLEDGED]'
 */
export function formatTitleTag(word: string, count?: number): string {
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(word)) {
    throw new RangeError(`formatTitleTag: "${word}" is not a tag word (letters, digits, - and _)`);
  }
  const suffix = count === undefined ? '' : `:${Math.max(0, Math.trunc(count))}`;
  return `[${word.toUpperCase()}${suffix}]`;
}
