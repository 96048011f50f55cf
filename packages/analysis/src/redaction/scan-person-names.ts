import { PRIORITY } from './rule-priority';
import type { Candidate } from './sensitive-finding';

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const GAP = /^[ \t\u00a0]{1,3}/;
const POSSESSIVE = /['’]s$/u;
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}\p{N}])/u;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]/u;

/** The names of a workspace, indexed by their first word for a one-pass scan. */
export class NameIndex {
  private readonly byFirstWord = new Map<string, string[][]>();

  constructor(names: readonly string[]) {
    for (const name of names) {
      const words = splitWords(name);
      const first = words[0];
      if (first === undefined) continue;
      const list = this.byFirstWord.get(first) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      this.byFirstWord.set(first, list);
    }
  }

  get size(): number {
    return this.byFirstWord.size;
  }

  /** The name sequences that start with `word` (lower-cased), longest first. */
  startingWith(word: string): readonly string[][] {
    return this.byFirstWord.get(word) ?? [];
  }
}

/** The lower-cased words of a name: `Jean-Luc O'Brien` → `['jean-luc', "o'brien"]`. */
export function splitWords(name: string): string[] {
  return Array.from(name.matchAll(WORD), (match) => match[0].toLowerCase());
}

/**
 * Finds the workspace's people by name, whole words only, case-insensitively, with any run of up
 * to three spaces between the words of a name (`Jane Doe`, `JANE  DOE`, `Jane Doe's`). The
 * longest known name wins (`Jane Doe` over `Jane`).
 */
export function scanPersonNames(text: string, index: NameIndex): Candidate[] {
  if (index.size === 0) return [];
  const candidates: Candidate[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const word = match[0].toLowerCase();
    const base = word.replace(POSSESSIVE, '');
    const end =
      matchName(text, match.index, index.startingWith(word)) ??
      matchName(text, match.index, index.startingWith(base));
    if (end === undefined) continue;
    candidates.push({
      start: match.index,
      end,
      kind: 'pii',
      rule: 'person-name',
      priority: PRIORITY.name,
    });
    WORD.lastIndex = end;
  }
  return candidates;
}

/** The end offset of the first (longest) name of `names` written at `start`, if any. */
function matchName(text: string, start: number, names: readonly string[][]): number | undefined {
  for (const words of names) {
    const end = matchWords(text, start, words);
    if (end !== undefined) return end;
  }
  return undefined;
}

/** Where `words` end when written at `start` as whole words (a possessive `'s` may follow). */
function matchWords(text: string, start: number, words: readonly string[]): number | undefined {
  let at = start;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    if (i > 0) {
      const gap = GAP.exec(text.slice(at, at + 3));
      if (!gap) return undefined;
      at += gap[0].length;
    }
    if (text.slice(at, at + word.length).toLowerCase() !== word) return undefined;
    at += word.length;
  }
  const after = text.slice(at, at + 3);
  if (POSSESSIVE_AFTER.test(after)) return at;
  return WORD_CHAR.test(after) ? undefined : at;
}
