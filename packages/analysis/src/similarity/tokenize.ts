// Words too common in incident prose to say anything about which incident it was.
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her his how ' +
    'i if in into is it its itself me more most my no nor not of off on once only or other our out ' +
    'over own same she so some such than that the their them then there these they this those to ' +
    'too under until up very was we were what when where which while who whom why will with would ' +
    'you your also after before during about again all any both each few just because against ' +
    'between through above below down further here s t don should now us may might must shall ' +
    'incident issue issues impact impacted user users customer customers some'
  ).split(' '),
);

/**
 * Reduces a lower-case word to a crude stem so `failures`, `failure` and `failed` meet: a short
 * suffix list instead of a full Porter stemmer, because only equality between stems matters.
 *
 * @example
 * stemWord('timeouts'); // 'timeout'
 * stemWord('restarted'); // 'restart'
 */
export function stemWord(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  for (const [suffix, keep] of [
    ['ies', 'y'],
    ['ing', ''],
    ['ed', ''],
    ['es', ''],
    ['s', ''],
  ] as const) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4 && !word.endsWith('ss')) {
      return word.slice(0, word.length - suffix.length) + keep;
    }
  }
  return word;
}

/** One token: the stem that is compared and the word as first written, for display. */
export interface Token {
  stem: string;
  word: string;
}

/**
 * Splits text into lower-case word tokens (letters and digits, inner `-`/`.`/`_` split), dropping
 * stop words and one-character tokens.
 *
 * @example
 * tokenize('The DB failovers timed-out').map((t) => t.stem); // ['db', 'failover', 'timed']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    tokens.push({ stem: stemWord(word), word });
  }
  return tokens;
}
