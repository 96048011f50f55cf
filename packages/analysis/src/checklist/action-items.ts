import type {
  ChecklistConfig,
  ChecklistInput,
  ChecklistItemDefinition,
  ItemVerdict,
} from './checklist.types';
import { fail, listWords, pass } from './verdict';

type Action = ChecklistInput['actions'][number];

/** Actions still meant to happen: a `wont_do` one was decided against, with a rationale. */
function liveActions(input: ChecklistInput): readonly Action[] {
  return input.actions.filter((action) => action.status !== 'wont_do');
}

function checkPrevent(input: ChecklistInput, config: Required<ChecklistConfig>): ItemVerdict {
  const prevent = liveActions(input).filter((action) => action.type === 'prevent');
  const rule = config.preventRule;
  if (rule !== null && rule.severities.includes(input.incident.severity)) {
    const qualifying = liveActions(input).filter(
      (action) => rule.types.includes(action.type) && rule.priorities.includes(action.priority),
    );
    const wanted = `${rule.priorities.join('/')} ${rule.types.join('/')}`;
    if (qualifying.length === 0) {
      return fail(
        `Policy rule actions.preventRule: a ${input.incident.severity} postmortem needs at least one ${wanted} action, and it has none.`,
        `Add a ${wanted} action (or raise the priority of one) that removes the root cause or its conditions.`,
      );
    }
    return pass(`${qualifying.length} ${wanted} action${qualifying.length === 1 ? '' : 's'}.`);
  }
  if (prevent.length === 0) {
    return fail(
      'No action prevents a repeat (none of type prevent).',
      'Add an action of type prevent that removes the root cause or its conditions.',
    );
  }
  return pass(`${prevent.length} prevent-type action${prevent.length === 1 ? '' : 's'}.`);
}

function missingFields(action: Action): string[] {
  const missing: string[] = [];
  if (action.owner === null || action.owner.trim() === '') missing.push('owner');
  if (action.dueDate === null) missing.push('due date');
  if (action.verificationCriteria.trim() === '') missing.push('verification criteria');
  return missing;
}

function checkComplete(input: ChecklistInput): ItemVerdict {
  const actions = liveActions(input);
  if (actions.length === 0) return pass('No action items to check yet.');
  const incomplete = actions
    .map((action) => ({ action, missing: missingFields(action) }))
    .filter(({ missing }) => missing.length > 0);
  if (incomplete.length > 0) {
    const shown = incomplete
      .slice(0, 3)
      .map(({ action, missing }) => `"${action.title}" lacks ${listWords(missing)}`);
    const more = incomplete.length > 3 ? ` (and ${incomplete.length - 3} more)` : '';
    return fail(
      `${shown.join('; ')}${more}.`,
      'Give every action an owner, a due date and how you will know it worked.',
    );
  }
  return pass(`All ${actions.length} actions have an owner, a due date and verification criteria.`);
}

/** Items about the follow-up actions. */
export const actionItems: readonly ChecklistItemDefinition[] = [
  {
    id: 'prevent-action',
    title: 'At least one prevent-type action',
    weight: 10,
    check: checkPrevent,
  },
  {
    id: 'actions-complete',
    title: 'Every action has owner, due date and verification criteria',
    weight: 10,
    check: checkComplete,
  },
];
