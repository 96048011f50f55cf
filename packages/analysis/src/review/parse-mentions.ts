/**
 * The usernames mentioned as `@name` in a text, lower-cased, each once, in order of first
 * mention. An `@` inside a word (an e-mail address) is not a mention; trailing dots are dropped.
 *
 * @example
 * parseMentions('@ana please check, cc @bo. mail x@y.org'); // ['ana', 'bo']
 */
export function parseMentions(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(^|[^\p{L}\p{N}._@-])@([a-z0-9][a-z0-9._-]{0,63})/giu)) {
    const name = (match[2] ?? '').toLowerCase().replace(/[.]+$/, '');
    if (name !== '' && !found.includes(name)) found.push(name);
  }
  return found;
}
