import type { NameMatcher } from './name-matcher';
import { phraseOf, type MatchContext, type PhraseRule, type Verdict } from './phrase-rule';
import { subjectBefore } from './clause-subject';

const PARTICIPLE_IRREGULAR = new Set(
  'been done made seen known taken given got gotten found run set put kept left built sent spent held told thought brought bought led read said paid hit cut shut let felt meant lost won stood understood written chosen driven spoken broken woken frozen begun rung sung swum drawn shown grown thrown flown blown worn torn sworn caught taught fought sought had heard noticed'.split(
    ' ',
  ),
);
// "would have meant …", "could have been exposed": the consequence of an option not taken or a
// possible impact, which explains a decision rather than grading one.
const CONSEQUENCE =
  /^(?:meant|required|needed|taken|cost|involved|risked|caused|resulted|led|been (?:exposed|affected|impacted|compromised|lost|accessed|leaked|read|seen|worse))$/i;

const MODAL =
  /\b(should|could|would|ought\s+to)(?:\s+not|n['’]t)?\s+have\s+(been\s+)?([A-Za-z-]+)|\b(should|could|would)(?:n['’]t)?['’]ve\s+(been\s+)?([A-Za-z-]+)/gi;

function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  return PARTICIPLE_IRREGULAR.has(lower) || /(?:ed|en|wn|ne)$/.test(lower);
}

function judgeModal({ match, text, names }: MatchContext): Verdict | null {
  const modal = (match[1] ?? match[4] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const been = match[2] ?? match[5] ?? '';
  const verb = match[3] ?? match[6] ?? '';
  if (been === '' && !isParticiple(verb)) return null;
  if (modal !== 'should' && modal !== 'ought to') {
    if (CONSEQUENCE.test(`${been}${verb}`.trim())) return null;
  }
  // "the alert would have fired", "every topic would have stopped": a hypothetical consequence
  // about a system (what the "where we got lucky" section asks for), not hindsight about people.
  if (modal === 'would' && subjectBefore(text, match.index, names).kind === 'thing') return null;
  const phrase = match[0].replace(/\s+/g, ' ');
  return {
    ruleId: 'blameless/counterfactual',
    severity: 'warning',
    message: `"${phrase}" is a counterfactual: it describes a world that did not happen instead of what did, and reads as judgement in hindsight.`,
    suggestion:
      'Describe what did happen and why it made sense at the time; put what you wish had happened in an action item.',
  };
}

const PERSON_VERB =
  /\b(failed|neglected|forgot|omitted|didn['’]t\s+bother|did\s+not\s+bother)\s+to\b/gi;

function judgePersonVerb(context: MatchContext): Verdict | null {
  const { match, text, names } = context;
  const verb = (match[1] ?? '').toLowerCase();
  const subject = subjectBefore(text, match.index, names);
  if (subject.kind === 'name') {
    return {
      ruleId: 'blameless/blame',
      severity: 'error',
      message: `"${subject.name} ${phraseOf(context)}" names a person as the cause: people act on what they know at the time; the system let it happen.`,
      suggestion: `Name the role and the situation instead of the person, e.g. "the on-call engineer did not … because the runbook/tool …".`,
    };
  }
  // "the disk failed to mount" is a fact about a system; "forgot" and "neglected" are always people.
  if (verb === 'failed' && subject.kind === 'thing') return null;
  return {
    ruleId: 'blameless/counterfactual',
    severity: 'warning',
    message: `"${phraseOf(context)}" describes what a person did not do, judged in hindsight, instead of what they did and why.`,
    suggestion: `Write "did not" and add why it made sense at the time (what they saw, what the tool or process asked of them).`,
  };
}

const IF_HAD =
  /\b(?:[Ii]f\s+only|[Ii]f\s+(?:we|they|I|he|she|someone|anyone|the\s+team)\s+had|(?<![A-Za-z])Had\s+(?:we|they|I|he|she|someone|anyone|the\s+team|any\s+of\s+(?:us|them)))\b/g;

function judgeIfHad(context: MatchContext): Verdict {
  return {
    ruleId: 'blameless/counterfactual',
    severity: 'warning',
    message: `"${phraseOf(context)}" starts a counterfactual: an alternative history rather than what happened.`,
    suggestion:
      'Describe what did happen and what made it likely; put the alternative in an action item.',
  };
}

/** Counterfactual phrases: "should have …", "failed to" with a person as subject, "if only". */
export function counterfactualRules(_names: NameMatcher): PhraseRule[] {
  return [
    { pattern: MODAL, judge: judgeModal },
    { pattern: PERSON_VERB, judge: judgePersonVerb },
    { pattern: IF_HAD, judge: judgeIfHad },
  ];
}
