import type { ChecklistInput, ChecklistItemDefinition, ItemVerdict } from './checklist.types';
import { fail, listWords, pass } from './verdict';

/** Codes that name a person's mistake as the cause (no taxonomy should offer them). */
const humanErrorCode =
  /(?:^|-)(?:human|operator|user|pilot|people|personnel)-(?:error|mistake|failure)$/;

/** The same, in prose: "human error", "operator mistake", "pilot error". */
const humanErrorText = /\b(?:human|operator|user|pilot|personnel)\s+(?:error|mistake|failure)s?\b/i;

function checkCoded(input: ChecklistInput): ItemVerdict {
  const rca = input.postmortem.rca;
  const missing: string[] = [];
  if (!rca?.trigger) missing.push('a trigger code');
  if (!rca || rca.rootCauses.length === 0) missing.push('a root-cause code');
  if (missing.length > 0) {
    return fail(
      `The RCA lacks ${listWords(missing)}.`,
      'Pick the trigger and at least one root cause from the workspace taxonomy.',
    );
  }
  return pass(`Trigger ${rca?.trigger ?? ''}; root causes ${rca?.rootCauses.join(', ') ?? ''}.`);
}

function checkNotHumanError(input: ChecklistInput): ItemVerdict {
  const codes = (input.postmortem.rca?.rootCauses ?? []).filter((code) =>
    humanErrorCode.test(code),
  );
  if (codes.length > 0) {
    return fail(
      `The root cause is coded as ${listWords(codes)}.`,
      'Ask why the system let the action cause harm, and code that (process, tooling, defect).',
    );
  }
  const { rootCauses, trigger } = input.postmortem.sections;
  const said = humanErrorText.exec(`${rootCauses}\n${trigger}`);
  if (said) {
    return fail(
      `The Root causes or Trigger section names "${said[0]}" as a cause.`,
      'Describe the conditions that made the mistake possible and easy, not the person.',
    );
  }
  return pass('No root cause blames human error.');
}

/** Items about the coded root-cause analysis. */
export const rcaItems: readonly ChecklistItemDefinition[] = [
  { id: 'rca-coded', title: 'Trigger and root cause coded', weight: 15, check: checkCoded },
  {
    id: 'root-cause-not-human-error',
    title: 'Root cause is not "human error"',
    weight: 10,
    check: checkNotHumanError,
  },
];
