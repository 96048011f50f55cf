import type { MilestoneName } from '@aftermath/domain';
import type { ChecklistInput, ChecklistItemDefinition, ItemVerdict } from './checklist.types';
import { fail, isFilled, listWords, pass } from './verdict';

function countWords(text: string): number {
  return text
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
}

/** The milestones a timeline needs before impact can be measured and reviewed. */
const requiredMilestones: readonly MilestoneName[] = [
  'impactStartedAt',
  'detectedAt',
  'mitigatedAt',
  'resolvedAt',
];

/** A count of something customers felt, written out in the Impact section. */
const countInText =
  /\b\d[\d,.]*\s*(?:%|percent|k\b|m\b)?\s*(?:of\s+)?(?:users|customers|requests|calls|orders|accounts|sessions|tenants|merchants|payments|messages|errors|transactions|people)\b/i;

function checkSummary(input: ChecklistInput, maxWords: number): ItemVerdict {
  const text = input.postmortem.sections.summary;
  if (!isFilled(text)) {
    return fail(
      'The summary is empty.',
      'Write what happened, the impact and the fix in a few sentences.',
    );
  }
  const words = countWords(text);
  if (words > maxWords) {
    return fail(
      `The summary has ${words} words; the limit is ${maxWords}.`,
      'Shorten it to what a reader needs first; move detail to Impact, Trigger or Resolution.',
    );
  }
  return pass(`The summary has ${words} words (limit ${maxWords}).`);
}

function impactDuration(input: ChecklistInput): boolean {
  const { impactStartedAt, mitigatedAt, resolvedAt } = input.incident.milestones;
  return impactStartedAt !== null && (mitigatedAt ?? resolvedAt) !== null;
}

function checkImpact(input: ChecklistInput): ItemVerdict {
  const { usersAffected, requestsAffected } = input.incident.customerImpact;
  const missing: string[] = [];
  const fixes: string[] = [];
  if (!impactDuration(input)) {
    missing.push('its duration');
    fixes.push('set the impact-start and mitigated (or resolved) milestones');
  }
  const counted = usersAffected !== null || requestsAffected !== null;
  if (!counted && !countInText.test(input.postmortem.sections.impact)) {
    missing.push('how many users or requests were affected');
    fixes.push("fill the incident's users or requests affected, or give the count under Impact");
  }
  if (input.slo && input.slo.budgetSpent === null) {
    missing.push(`the error budget of SLO ${input.slo.name} spent`);
    fixes.push('record the share of the error budget the incident spent');
  }
  if (missing.length > 0) {
    return fail(`The impact lacks ${listWords(missing)}.`, `${capitalize(listWords(fixes))}.`);
  }
  const budget = input.slo ? `, budget spent recorded for ${input.slo.name}` : '';
  return pass(`Duration and affected users or requests are recorded${budget}.`);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function checkMilestones(input: ChecklistInput): ItemVerdict {
  const missing = requiredMilestones.filter((name) => input.incident.milestones[name] === null);
  if (missing.length > 0) {
    return fail(
      `The timeline lacks the milestones ${listWords(missing)}.`,
      'Set them on the incident (the timeline view proposes times from the evidence).',
    );
  }
  return pass('Impact start, detection, mitigation and resolution are on the timeline.');
}

function checkLessons(input: ChecklistInput): ItemVerdict {
  const { wentWell, wentWrong, lessons } = input.postmortem.sections;
  const empty = [
    ['What went well', wentWell],
    ['What went wrong', wentWrong],
    ['Lessons learned', lessons],
  ]
    .filter(([, text]) => !isFilled(text ?? ''))
    .map(([title]) => `"${title}"`);
  if (empty.length > 0) {
    return fail(
      `${listWords(empty)} ${empty.length === 1 ? 'is' : 'are'} empty.`,
      'Write what went well, what went wrong and what the team learned.',
    );
  }
  return pass('What went well, what went wrong and the lessons are written.');
}

/** Items about the document itself: summary, impact, timeline and lessons. */
export const documentItems: readonly ChecklistItemDefinition[] = [
  {
    id: 'summary',
    title: 'Summary present and short',
    weight: 10,
    check: (input, config) => checkSummary(input, config.summaryMaxWords),
  },
  { id: 'impact-quantified', title: 'Impact quantified', weight: 15, check: checkImpact },
  {
    id: 'timeline-milestones',
    title: 'Timeline with the milestones',
    weight: 10,
    check: checkMilestones,
  },
  { id: 'lessons', title: 'Lessons filled', weight: 5, check: checkLessons },
];
