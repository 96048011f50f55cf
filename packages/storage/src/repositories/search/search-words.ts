/** Words of a search: letters and digits only, lower-cased, at most ten. */
export function searchWords(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 10);
}

/** Whether the last word is also matched as a prefix (the user may still be typing it). */
export function prefixLast(words: readonly string[]): boolean {
  return (words.at(-1)?.length ?? 0) >= 3;
}

/** Marks a snippet's matches with these characters; they never occur in indexed text. */
export const matchStart = '\u0002';
export const matchEnd = '\u0003';

/** Cuts a marked snippet into parts a client can highlight without parsing HTML. */
export function snippetParts(marked: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  const pattern = new RegExp(`${matchStart}([^${matchEnd}]*)${matchEnd}`, 'g');
  let last = 0;
  for (const found of marked.matchAll(pattern)) {
    if (found.index > last) parts.push({ text: marked.slice(last, found.index), match: false });
    parts.push({ text: found[1] ?? '', match: true });
    last = found.index + found[0].length;
  }
  if (last < marked.length) parts.push({ text: marked.slice(last), match: false });
  return parts.map((part) => ({ ...part, text: part.text.replace(/\s+/g, ' ') }));
}
