import type { NameMatcher } from './name-matcher';
import { phraseOf, type MatchContext, type PhraseRule, type Verdict } from './phrase-rule';

const ERROR_LABEL =
  /\b(?:human|operator|pilot|engineer|personnel)[ -]errors?\b|\bfat[- ]finger(?:ed|ing|s)?\b|\bPEBKAC\b/gi;

function judgeErrorLabel(context: MatchContext): Verdict {
  return {
    ruleId: 'blameless/blame',
    severity: 'error',
    message: `"${phraseOf(context)}" stops the analysis at a person: it is where the investigation starts, not a root cause.`,
    suggestion:
      'Describe the action, what the person knew and what the system allowed, e.g. "the command accepted a wider scope than intended and nothing asked for confirmation".',
  };
}

const FAULT =
  /\b(?:(?:is|was|were|are|be)\s+(?:at\s+fault|to\s+blame)|blamed?\s+(?:on|for)|(?:engineer|operator|developer|admin|person|human)['’]s\s+(?:mistake|fault|negligence))\b/gi;

function judgeFault(context: MatchContext): Verdict {
  return {
    ruleId: 'blameless/blame',
    severity: 'error',
    message: `"${phraseOf(context)}" assigns fault to a person; a blameless review asks how the system made the action likely.`,
    suggestion:
      'Describe what happened and the conditions that made it possible, without assigning fault.',
  };
}

const PERSON_NOUN =
  '(?:(?:a|an|the|one|our|another|their|his|her)\\s+)?(?:[A-Za-z-]+\\s+)?(?:engineers?|operators?|developers?|admins?|administrators?|technicians?|on-?call(?:ers?)?|contractors?|employees?|team\\s+members?|persons?|someone|somebody)\\b';

function causedByRule(names: NameMatcher): PhraseRule {
  const who = names.source === null ? PERSON_NOUN : `(?:${names.source}|${PERSON_NOUN})`;
  const pattern = new RegExp(
    `\\b(?:caused|triggered|broken)\\s+by\\s+${who}|\\b(?:due\\s+to|because\\s+of)\\s+${who}`,
    'gi',
  );
  return {
    pattern,
    judge: (context) => ({
      ruleId: 'blameless/blame',
      severity: 'error',
      message: `"${phraseOf(context)}" names a person as the cause; people act on what they know, the system let the action have this effect.`,
      suggestion:
        'Name the action and the conditions instead, e.g. "triggered by a configuration change that no check rejected".',
    }),
  };
}

const FAILURE_VERBS =
  "(?:failed|forgot|neglected|missed|broke|ignored|overlooked|messed\\s+up|screwed\\s+up|botched|mistakenly|accidentally|carelessly|wrongly|incorrectly|didn['’]t|did\\s+not|should(?:n['’]t)?\\s+have|caused)";

function nameSubjectRule(names: NameMatcher): PhraseRule | null {
  if (names.source === null) return null;
  // "Jane failed to", "Jane Doe accidentally", "Jane's mistake"
  const pattern = new RegExp(
    `(?:${names.source})(?:\\s+(?:also|then|just|simply|had|has))?\\s+${FAILURE_VERBS}(?![A-Za-z])|(?:${names.source})['’]s\\s+(?:mistake|fault|error|negligence|oversight)\\b`,
    'g',
  );
  return {
    pattern,
    judge: (context) => ({
      ruleId: 'blameless/blame',
      severity: 'error',
      message: `"${phraseOf(context)}" makes a participant the subject of a failure: it reads as blame and discourages the next person from speaking up.`,
      suggestion:
        'Use the role and the situation, e.g. "the deploy was run without the dry-run flag because the runbook did not mention it".',
    }),
  };
}

/** Blame: "human error", "caused by <person>", a participant's name as the subject of a failure. */
export function blameRules(names: NameMatcher): PhraseRule[] {
  const rules: PhraseRule[] = [
    { pattern: ERROR_LABEL, judge: judgeErrorLabel },
    { pattern: FAULT, judge: judgeFault },
    causedByRule(names),
  ];
  const nameRule = nameSubjectRule(names);
  if (nameRule !== null) rules.push(nameRule);
  return rules;
}
