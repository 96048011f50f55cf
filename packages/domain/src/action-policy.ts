import { z } from 'zod';
import { actionPriority, actionType, type ActionPriority } from './action-item';
import { severity } from './severity';

const days = z.number().int().min(1).max(3650);

/** Days per priority; every priority has a value. */
const daysByPriority = (defaults: Record<ActionPriority, number>) =>
  z
    .object({
      P0: days.default(defaults.P0),
      P1: days.default(defaults.P1),
      P2: days.default(defaults.P2),
      P3: days.default(defaults.P3),
    })
    .strict()
    .default(defaults);

/**
 * The policy rule "every SEV1/SEV2 postmortem has at least one P0/P1 prevent-type action": an
 * incident of one of `severities` needs a live action of one of `types` with one of `priorities`.
 * The checklist item `prevent-action` applies it; `null` leaves only "some prevent action".
 *
 * @example
 * preventRule.parse({}); // { severities: ['SEV1', 'SEV2'], priorities: ['P0', 'P1'], types: ['prevent'] }
 */
export const preventRule = z
  .object({
    severities: z.array(severity).min(1).default(['SEV1', 'SEV2']),
    priorities: z.array(actionPriority).min(1).default(['P0', 'P1']),
    types: z.array(actionType).min(1).default(['prevent']),
  })
  .strict();
export type PreventRule = z.output<typeof preventRule>;

/**
 * How action items are followed through, the `actions` section of the decision policy.
 * `dueDays`: the due-date SLA per priority, in days after the action is created (the due date
 * when none is given). `staleDays`: an active action nobody updated for this many days gets a
 * reminder to its owner. `preventRule`: see {@link preventRule}.
 *
 * @example
 * actionPolicy.parse({ dueDays: { P0: 3 } }).dueDays; // { P0: 3, P1: 30, P2: 90, P3: 180 }
 */
export const actionPolicy = z
  .object({
    dueDays: daysByPriority({ P0: 7, P1: 30, P2: 90, P3: 180 }),
    staleDays: daysByPriority({ P0: 2, P1: 7, P2: 14, P3: 30 }),
    preventRule: preventRule.nullable().default(preventRule.parse({})),
  })
  .strict();
export type ActionPolicy = z.output<typeof actionPolicy>;

/** The action policy a workspace has until it saves its own. */
export const defaultActionPolicy: ActionPolicy = actionPolicy.parse({});

/**
 * The SLA due date (YYYY-MM-DD, UTC) of an action of `priority` created at `createdAt`.
 *
 * @example slaDueDate(defaultActionPolicy, 'P0', '2026-11-20T10:00:00.000Z'); // '2026-11-27'
 */
export function slaDueDate(
  policy: ActionPolicy,
  priority: ActionPriority,
  createdAt: string,
): string {
  const due = Date.parse(createdAt) + policy.dueDays[priority] * 86_400_000;
  return new Date(due).toISOString().slice(0, 10);
}
