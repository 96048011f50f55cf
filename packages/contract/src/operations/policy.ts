import { checklistItemId, decisionPolicy, incidentKey, postmortem } from '@aftermath/domain';
import { z } from 'zod';
import { defineRoute } from '../route';
import { incidentKeyParams } from '../schemas';

/** One checklist item: passed or not, why (what was found), how to fix it, its score weight. */
export const checklistItem = z.object({
  id: checklistItemId,
  title: z.string(),
  passed: z.boolean(),
  why: z.string(),
  fix: z.string(),
  weight: z.number(),
});

const gateSummary = z.object({
  required: z.array(checklistItemId),
  missing: z.array(checklistItemId),
});

/**
 * A postmortem's quality checklist: score 0–100, every item in the documented order, and for
 * each gate (`in_review`, `published`) the items the policy requires and those still failing.
 */
export const postmortemChecklist = z.object({
  incidentKey,
  score: z.number().int().min(0).max(100),
  passed: z.number().int(),
  total: z.number().int(),
  items: z.array(checklistItem),
  gates: z.object({ in_review: gateSummary, published: gateSummary }),
});

/** A deadline of the policy and where it stands: met, due (still ahead) or overdue. */
export const deadlineState = z.object({
  kind: z.enum(['draft', 'final']),
  due: z.string(),
  state: z.enum(['met', 'due', 'overdue']),
});

/**
 * What the decision policy requires for an incident, with every reason in plain words, the
 * tracks (the security track is restricted), the deadlines and the recurrence count.
 */
export const policyCheck = z.object({
  incidentKey,
  requirement: z.enum(['full', 'lightweight', 'none']),
  tracks: z.array(z.object({ id: z.enum(['postmortem', 'security']), restricted: z.boolean() })),
  reasons: z.array(z.string()),
  deadlines: z.object({ draftDue: z.string().nullable(), finalDue: z.string().nullable() }),
  deadlineStates: z.array(deadlineState),
  recurrence: z.object({
    occurrences: z.number().int(),
    windowDays: z.number().int(),
    keys: z.array(incidentKey),
  }),
});

/** The postmortem as `GET …/postmortem` answers it: the document plus the policy's deadlines. */
export const postmortemWithDeadlines = postmortem.extend({ deadlines: z.array(deadlineState) });

/**
 * The decision policy and the quality checklist: what a postmortem needs, by when, and what must
 * pass before review and publication (docs/policy.md).
 *
 * @example
 * const { body } = await client.getPostmortemChecklist({ params: { key: 'INC-4' } });
 */
export const policyRoutes = {
  getPostmortemChecklist: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/postmortem/checklist',
    summary:
      "The postmortem's quality checklist (score 0–100, each item with why and how to fix) and what each gate still lacks",
    tag: 'postmortems',
    params: incidentKeyParams,
    response: postmortemChecklist,
  }),
  checkIncidentPolicy: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/policy',
    summary:
      'What the decision policy requires for the incident (full, lightweight or none), why, and by when',
    tag: 'incidents',
    params: incidentKeyParams,
    response: policyCheck,
  }),
  getDecisionPolicy: defineRoute({
    method: 'GET',
    path: '/api/v1/settings/policy',
    summary: "The workspace's decision policy, defaults filled in",
    tag: 'settings',
    response: decisionPolicy,
  }),
  setDecisionPolicy: defineRoute({
    method: 'PUT',
    path: '/api/v1/settings/policy',
    summary:
      'Replace the decision policy (admins); omitted fields take their defaults, a bad field is refused by name',
    tag: 'settings',
    body: decisionPolicy,
    response: decisionPolicy,
  }),
} as const;
