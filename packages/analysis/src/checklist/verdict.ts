import type { ItemVerdict } from './checklist.types';

/** A passed item and what was found. */
export function pass(why: string): ItemVerdict {
  return { passed: true, why, fix: '' };
}

/** A failed item, what is wrong and how to fix it. */
export function fail(why: string, fix: string): ItemVerdict {
  return { passed: false, why, fix };
}

/** True when Markdown text holds something besides whitespace and HTML comments (template hints). */
export function isFilled(text: string): boolean {
  return text.replace(/<!--[\s\S]*?-->/g, '').trim() !== '';
}

/** Joins names for a sentence: `a`, `a and b`, `a, b and c`. */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
