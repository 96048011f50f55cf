import type { BlamelessRuleId } from './language-finding';
import type { NameMatcher } from './name-matcher';

/** A match of a rule's pattern in the masked text, with what a rule needs to judge it. */
export interface MatchContext {
  /** The whole text with quotes and code blanked out (same offsets as the original). */
  text: string;
  match: RegExpExecArray;
  names: NameMatcher;
}

/** What a rule concluded about one match; `start`/`end` narrow the reported span. */
export interface Verdict {
  ruleId: BlamelessRuleId;
  severity: 'error' | 'warning';
  message: string;
  suggestion: string | null;
  start?: number;
  end?: number;
}

/** One row of the rule table: a pattern (flags `g`) and how to judge each of its matches. */
export interface PhraseRule {
  pattern: RegExp;
  judge(context: MatchContext): Verdict | null;
}

/** The matched phrase with its inner whitespace collapsed, for messages. */
export function phraseOf(context: MatchContext): string {
  return context.match[0].replace(/\s+/g, ' ');
}

/** The word just before `offset` (lower-cased), or '' at the start. */
export function wordBefore(text: string, offset: number): string {
  return (
    /([\p{L}'’-]+)[ \t]*\n?[ \t]*$/u
      .exec(text.slice(Math.max(0, offset - 40), offset))?.[1]
      ?.toLowerCase() ?? ''
  );
}

/** The word just after `offset` (as written), or '' when punctuation or the end comes first. */
export function wordAfter(text: string, offset: number): string {
  return /^\s+([\p{L}'’-]+)/u.exec(text.slice(offset, offset + 40))?.[1] ?? '';
}

/** True when `offset` starts a sentence: text start, after `.!?:`, a line break or list marker. */
export function startsSentence(text: string, offset: number): boolean {
  const from = Math.max(0, offset - 12);
  const before = text.slice(from, offset);
  if (from === 0 && before.trim() === '') return true;
  return /(?:[.!?:]\s+|\n[ \t]*(?:[-*+]|\d+\.|#+)?[ \t]*)$/.test(before);
}
