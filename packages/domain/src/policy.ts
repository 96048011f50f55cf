import { z } from 'zod';
import { actionPolicy, defaultActionPolicy } from './action-policy';
import { incidentType, tag } from './incident';
import {
  defaultProgrammeHealthPolicy,
  programmeHealthPolicy,
  weeklyReportSchedule,
} from './programme-health-policy';
import { severity } from './severity';

/**
 * The quality checklist's items, by stable id (docs/policy.md explains each). Policies name them
 * in `gates` and `checklist.weights`; the ids never change meaning.
 *
 * @example
 * const required: ChecklistItemId[] = ['summary', 'no-secrets'];
 */
export const checklistItemIds = [
  'summary',
  'impact-quantified',
  'timeline-milestones',
  'rca-coded',
  'root-cause-not-human-error',
  'prevent-action',
  'actions-complete',
  'lessons',
  'blameless-language',
  'no-secrets',
] as const;
export type ChecklistItemId = (typeof checklistItemIds)[number];

/** One checklist item id; unknown ids are refused with the list of known ones. */
export const checklistItemId = z.enum(checklistItemIds, {
  error: () => `unknown checklist item; expected one of: ${checklistItemIds.join(', ')}`,
});

const count = z.number().int().min(0);

/**
 * When the impact of an SLO violation is big enough for a full postmortem: any one threshold
 * reached is enough. Durations in minutes; `minBudgetSpent` is a fraction of the error budget (0–1).
 */
export const impactThreshold = z
  .object({
    minUsersAffected: count.nullable().default(100),
    minRequestsAffected: count.nullable().default(10_000),
    minDurationMinutes: count.nullable().default(30),
    minBudgetSpent: z.number().min(0).max(1).nullable().default(0.1),
  })
  .strict();

/** Checklist tuning: item weights for the score (0 = shown, not scored) and limits. */
export const checklistSettings = z
  .object({
    weights: z.partialRecord(checklistItemId, z.number().min(0).max(100)).default({}),
    /** A summary longer than this many words fails `summary`. */
    summaryMaxWords: z.number().int().min(10).max(2000).default(150),
  })
  .strict();
export type ChecklistSettings = z.output<typeof checklistSettings>;

const approvalCount = z.number().int().min(0).max(20);

/**
 * How many approvals a postmortem needs before it may be `approved`, by incident severity
 * (0 = none needed). Stale approvals (given on an older version) do not count.
 *
 * @example
 * reviewPolicy.parse({ approvals: { SEV1: 3 } }).approvals.SEV2; // 1
 */
export const reviewPolicy = z
  .object({
    approvals: z
      .object({
        SEV1: approvalCount.default(2),
        SEV2: approvalCount.default(1),
        SEV3: approvalCount.default(1),
        SEV4: approvalCount.default(1),
      })
      .strict()
      .default({ SEV1: 2, SEV2: 1, SEV3: 1, SEV4: 1 }),
  })
  .strict();
export type ReviewPolicy = z.output<typeof reviewPolicy>;
const defaultReviewPolicy: ReviewPolicy = { approvals: { SEV1: 2, SEV2: 1, SEV3: 1, SEV4: 1 } };

/**
 * A workspace's decision policy: when a postmortem is required, how deep, by when, and which
 * checklist items must pass before review and publication. Every field has a default, so `{}` is
 * the default policy (see `defaultDecisionPolicy` and docs/policy.md).
 *
 * @example
 * decisionPolicy.parse({ full: { maxSeverity: 'SEV1' }, deadlines: { draftHours: 48 } });
 */
export const decisionPolicy = z
  .object({
    version: z.literal(1).default(1),
    full: z
      .object({
        /** Severities at or above this one (SEV1 is highest) always get a full postmortem. */
        maxSeverity: severity.nullable().default('SEV2'),
        /** An SLO violation whose impact reaches any of these gets a full postmortem. */
        sloViolation: impactThreshold.default(impactThreshold.parse({})),
      })
      .strict()
      .default({ maxSeverity: 'SEV2', sloViolation: impactThreshold.parse({}) }),
    lightweight: z
      .object({
        /** Tags that mark an incident as resolved by automation (no human acknowledged it). */
        autoResolvedTags: z.array(tag).default(['auto-resolved']),
      })
      .strict()
      .default({ autoResolvedTags: ['auto-resolved'] }),
    /** What an incident that matches no rule gets. */
    otherwise: z.enum(['full', 'lightweight', 'none']).default('lightweight'),
    security: z
      .object({
        types: z.array(incidentType).default(['security']),
        tags: z.array(tag).default(['security']),
      })
      .strict()
      .default({ types: ['security'], tags: ['security'] }),
    recurrence: z
      .object({
        windowDays: z.number().int().min(1).max(3650).default(90),
        /** More occurrences than this in the window (this one included) escalate to full. */
        escalateAbove: z.number().int().min(1).max(100).default(2),
      })
      .strict()
      .default({ windowDays: 90, escalateAbove: 2 }),
    deadlines: z
      .object({
        /** Hours after resolution by which a draft must exist. */
        draftHours: z
          .number()
          .min(1)
          .max(24 * 90)
          .default(72),
        /** Days after resolution by which the postmortem must be published. */
        finalDays: z.number().min(1).max(365).default(7),
      })
      .strict()
      .default({ draftHours: 72, finalDays: 7 }),
    review: reviewPolicy.default(defaultReviewPolicy),
    gates: z
      .object({
        in_review: z.array(checklistItemId).default(['summary', 'no-secrets']),
        published: z
          .array(checklistItemId)
          .default(['summary', 'timeline-milestones', 'blameless-language', 'no-secrets']),
      })
      .strict()
      .default({
        in_review: ['summary', 'no-secrets'],
        published: ['summary', 'timeline-milestones', 'blameless-language', 'no-secrets'],
      }),
    checklist: checklistSettings.default({ weights: {}, summaryMaxWords: 150 }),
    /** Action items: due-date SLA and staleness per priority, the prevent-action rule. */
    actions: actionPolicy.default(defaultActionPolicy),
    /** The programme-health dashboard: look-back, expected postmortem rate, signal limits. */
    programmeHealth: programmeHealthPolicy.default(defaultProgrammeHealthPolicy),
    /** Scheduled reviews sent to notification targets. */
    reports: z
      .object({
        weekly: weeklyReportSchedule.default({ enabled: true, day: 'monday', hourUtc: 8 }),
      })
      .strict()
      .default({ weekly: { enabled: true, day: 'monday', hourUtc: 8 } }),
  })
  .strict();
export type DecisionPolicy = z.output<typeof decisionPolicy>;
export type DecisionPolicyInput = z.input<typeof decisionPolicy>;

/** The policy a workspace has until it saves its own. */
export const defaultDecisionPolicy: DecisionPolicy = decisionPolicy.parse({});

/** The postmortem states a gate guards. */
export type GatedStatus = keyof DecisionPolicy['gates'];
