import { z } from 'zod';
import { DomainError } from './errors';
import { defineLifecycle } from './lifecycle';
import { incidentKey } from './incident';
import { calendarDate, utcTimestamp } from './time';

/** Why an action exists (SRE Workbook categories). */
export const actionType = z.enum(['mitigate', 'prevent', 'detect', 'process']);
export type ActionType = z.infer<typeof actionType>;

/** Priority, P0 (drop everything) to P3. */
export const actionPriority = z.enum(['P0', 'P1', 'P2', 'P3']);
export type ActionPriority = z.infer<typeof actionPriority>;

/** Action status. `verified` means a check or a named person confirmed it worked. */
export const actionStatus = z.enum(['open', 'in_progress', 'done', 'verified', 'wont_do']);
export type ActionStatus = z.infer<typeof actionStatus>;

/** Legal action moves; `wont_do` needs a rationale (see {@link assertActionRationale}). */
export const actionLifecycle = defineLifecycle<ActionStatus>('action item', {
  open: ['in_progress', 'done', 'wont_do'],
  in_progress: ['open', 'done', 'wont_do'],
  done: ['open', 'in_progress', 'verified'],
  verified: ['open'],
  wont_do: ['open'],
});

/** A follow-up action of an incident. */
export const actionItem = z.object({
  id: z.string(),
  incidentKey,
  title: z.string().min(1).max(300),
  type: actionType,
  priority: actionPriority,
  owner: z.string().max(200).nullable(),
  dueDate: calendarDate.nullable(),
  status: actionStatus,
  /** How we will know it worked. */
  verificationCriteria: z.string().max(5000),
  /** Required when status is wont_do: why not. */
  rationale: z.string().max(5000).nullable(),
  links: z.array(z.url()),
  createdAt: utcTimestamp,
  updatedAt: utcTimestamp,
  version: z.number().int().min(1),
});
export type ActionItem = z.infer<typeof actionItem>;

/** Input to create an action item. */
export const createActionItemInput = z.object({
  title: z.string().trim().min(1, 'a title is required').max(300),
  type: actionType.default('prevent'),
  priority: actionPriority.default('P2'),
  owner: z.string().trim().min(1).max(200).nullable().default(null),
  /** Left out: the policy's due-date SLA for the priority (`actions.dueDays`); null: no due date. */
  dueDate: calendarDate.nullable().optional(),
  status: actionStatus.default('open'),
  verificationCriteria: z.string().max(5000).default(''),
  rationale: z.string().trim().min(1).max(5000).nullable().default(null),
  links: z.array(z.url()).max(20).default([]),
});
export type CreateActionItemInput = z.input<typeof createActionItemInput>;
export type CreateActionItem = z.output<typeof createActionItemInput>;

/** A partial update of an action item. */
export const updateActionItemInput = z
  .object({
    title: z.string().trim().min(1).max(300),
    type: actionType,
    priority: actionPriority,
    owner: z.string().trim().min(1).max(200).nullable(),
    dueDate: calendarDate.nullable(),
    status: actionStatus,
    verificationCriteria: z.string().max(5000),
    rationale: z.string().trim().min(1).max(5000).nullable(),
    links: z.array(z.url()).max(20),
  })
  .partial()
  .strict();
export type UpdateActionItem = z.output<typeof updateActionItemInput>;

/** Throws a validation error when an action is `wont_do` without a rationale. */
export function assertActionRationale(status: ActionStatus, rationale: string | null): void {
  if (status === 'wont_do' && (rationale === null || rationale.trim() === '')) {
    throw new DomainError('validation', 'An action marked wont_do needs a rationale', [
      { path: 'rationale', message: 'required when status is wont_do' },
    ]);
  }
}
