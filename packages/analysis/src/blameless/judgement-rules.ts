import type { NameMatcher } from './name-matcher';
import {
  phraseOf,
  startsSentence,
  wordAfter,
  wordBefore,
  type MatchContext,
  type PhraseRule,
  type Verdict,
} from './phrase-rule';

const NAME_CALLING =
  /\b(?:careless(?:ly|ness)?|sloppy|sloppiness|lazy|laziness|negligent(?:ly)?|negligence|incompeten(?:t|ce)|reckless(?:ly|ness)?|stupid(?:ity)?|dumb|foolish(?:ly)?|idiot(?:ic)?s?|irresponsible|inexcusable|bone-?headed|(?:rookie|silly|basic|amateur|stupid)\s+(?:mistake|error)s?)\b/gi;

function judgeNameCalling(context: MatchContext): Verdict {
  return {
    ruleId: 'blameless/judgement',
    severity: 'error',
    message: `"${phraseOf(context)}" grades a person: it tells readers who to blame and tells them nothing about why the action made sense.`,
    suggestion: `Remove "${phraseOf(context)}" and describe the action and its context (time pressure, missing guard rails, unclear tooling).`,
  };
}

function minimizer(context: MatchContext, why: string): Verdict {
  const phrase = phraseOf(context);
  return {
    ruleId: 'blameless/judgement',
    severity: 'warning',
    message: `"${phrase}" ${why}`,
    suggestion: `Remove "${phrase}"; if something was hard to see at the time, say what made it hard.`,
  };
}

const OBVIOUS = /\b(?:obvious(?:ly)?|of\s+course|common\s+sense|everyone\s+knows)\b/gi;
const NEGATED = new Set([
  'not',
  "n't",
  'non',
  'less',
  'more',
  'never',
  'hardly',
  'immediately',
  'always',
]);

function judgeObvious(context: MatchContext): Verdict | null {
  const before = wordBefore(context.text, context.match.index);
  // "was not obvious" is good blameless writing: it says the signal was hard to see.
  if (NEGATED.has(before) || /n['’]t$/.test(before)) return null;
  return minimizer(
    context,
    'judges with hindsight: what is obvious now was not at the time, or it would have been done.',
  );
}

// "clearly documented", "not clearly visible": clearly as a manner adverb is fine prose.
const CLEARLY_JUDGING = new Set(
  "was were is are a an the wrong incorrect should had did didn’t didn't not broken bad this that it we they he she someone nobody never missed ignored forgot a mistake an error".split(
    ' ',
  ),
);

const CLEARLY = /\bclearly\b/gi;

function judgeClearly(context: MatchContext): Verdict | null {
  const { text, match } = context;
  const before = wordBefore(text, match.index);
  if (
    NEGATED.has(before) ||
    /n['’]t$/.test(before) ||
    ['very', 'so', 'too', 'as', 'most'].includes(before)
  )
    return null;
  const next = wordAfter(text, match.index + match[0].length).toLowerCase();
  if (!startsSentence(text, match.index) && !CLEARLY_JUDGING.has(next)) return null;
  return minimizer(
    context,
    'asserts that something was evident; in hindsight it is, at the time it was not.',
  );
}

// "just"/"simply" minimise only after a modal or "to" ("could just restart", "needed to simply
// run"), before a failure ("just forgot"), or as "was just a …". "just after 6 a.m.", "in just
// 20 minutes", "not just the database" are not judgement.
const MODALS = new Set([
  'could',
  'should',
  'would',
  'can',
  'cannot',
  "can't",
  'can’t',
  'will',
  'might',
  'must',
  'to',
  'only',
]);
const LINK_VERBS = new Set(['is', 'was', 'were', 'are', "it's", 'it’s', "that's", 'that’s']);
const FAILURE_NEXT =
  /^(?:forgot|ignored|didn['’]t|did|missed|assumed|guessed|skipped|clicked|typed|copied|pasted|pushed|merged|deleted|ran|hit|decided|needed|had|has|have|wanted|need|want)$/i;
const NOT_A_VERB =
  /^(?:after|before|now|then|as|like|enough|a|an|the|one|two|three|four|five|few|several|some|in|over|under|about|around|when|once|been|because|for|by|on|at|to|that|this|those|these|its|their|our|under|below|above|past|prior|shy|long|short|minutes?|hours?|seconds?|days?|weeks?|\d.*)$/i;
const MINIMIZER = /\b(?:just|simply|merely)\b/gi;

function judgeMinimizer(context: MatchContext): Verdict | null {
  const { text, match } = context;
  const before = wordBefore(text, match.index);
  const next = wordAfter(text, match.index + match[0].length);
  if (next === '' || NOT_A_VERB.test(next)) {
    if (!(LINK_VERBS.has(before) && /^(?:a|an)$/i.test(next))) return null;
  } else if (!MODALS.has(before) && !FAILURE_NEXT.test(next)) {
    return null;
  }
  return minimizer(
    context,
    'makes the work sound trivial, which implies whoever did not do it was at fault.',
  );
}

/** Judgement: name-calling words, and "obviously", "clearly", "just", "simply" where they judge. */
export function judgementRules(_names: NameMatcher): PhraseRule[] {
  return [
    { pattern: NAME_CALLING, judge: judgeNameCalling },
    { pattern: OBVIOUS, judge: judgeObvious },
    { pattern: CLEARLY, judge: judgeClearly },
    { pattern: MINIMIZER, judge: judgeMinimizer },
  ];
}
