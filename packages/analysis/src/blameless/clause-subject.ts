/**
 * A rough reading of who does the verb: postmortems say "the disk failed to mount" (a fact about
 * a system, fine) as often as "the engineer failed to check" (a counterfactual about a person).
 * The subject is taken from the clause before the verb: the text since the sentence started,
 * cut at the last conjunction or relative pronoun that is followed by words.
 */
import type { NameMatcher } from './name-matcher';

const SENTENCE_START = /[.!?;:()\u2014]\s|\n[ \t]*\n|^/g;
const CLAUSE_BREAK =
  /\b(?:that|which|who|whom|but|and|or|while|when|because|so|then|after|before|although|though|since|until|where|if)\b|,/gi;
const PERSON_WORDS =
  /\b(?:I|we|you|he|she|they|someone|somebody|anyone|nobody|everyone|engineers?|operators?|technicians?|developers?|devs?|admins?|administrators?|authors?|reviewers?|responders?|on-?call(?:ers?)?|SREs?|DBAs?|staff|employees?|team(?:s| members?)?|persons?|people|commanders?|managers?|members?|owners?|contractors?|analysts?|programmers?|testers?|humans?|colleagues?|co-?workers?)\b/i;

/** The clause that ends at `end` in `text`: the words most likely to hold the verb's subject. */
export function clauseBefore(text: string, end: number): string {
  const window = text.slice(Math.max(0, end - 160), end);
  let sentenceStart = 0;
  SENTENCE_START.lastIndex = 0;
  for (let match = SENTENCE_START.exec(window); match; match = SENTENCE_START.exec(window)) {
    sentenceStart = match.index + match[0].length;
    if (match[0].length === 0) SENTENCE_START.lastIndex += 1;
  }
  const sentence = window.slice(sentenceStart);
  const pieces = sentence.split(CLAUSE_BREAK);
  // "… but failed to", "… who forgot to": the subject is in the clause before the break.
  for (let i = pieces.length - 1; i >= 0; i -= 1) {
    const piece = (pieces[i] ?? '').replace(/\b(?:also|then|still|again|later|never|not)\b/gi, '');
    if (/\p{L}/u.test(piece)) return pieces[i] ?? '';
  }
  return '';
}

/** Who the clause is about: a known person, some person or group of people, or something else. */
export type SubjectKind = { kind: 'name'; name: string } | { kind: 'person' } | { kind: 'thing' };

/** Classifies the subject of the verb that starts at `end`. */
export function subjectBefore(text: string, end: number, names: NameMatcher): SubjectKind {
  const clause = clauseBefore(text, end);
  const name = names.findIn(clause);
  if (name !== null) return { kind: 'name', name };
  return PERSON_WORDS.test(clause) ? { kind: 'person' } : { kind: 'thing' };
}
