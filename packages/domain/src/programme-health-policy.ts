import { z } from 'zod';

/** A signal's two limits, in the signal's own unit (docs/programme-health.md). */
const limits = (warn: number, alert: number) =>
  z
    .object({ warn: z.number().min(0).default(warn), alert: z.number().min(0).default(alert) })
    .strict()
    .default({ warn, alert });

/**
 * The programme-health section of the decision policy: how many weeks the dashboard looks back,
 * how many postmortems a week the workspace expects (over-reporting is measured against it), and
 * each signal's warn and alert limits. Shares are fractions (0–1), delays are hours. For
 * `traceCoverage` and `reviewParticipation` lower is worse (status warns below `warn`); for every
 * other signal higher is worse.
 *
 * @example
 * programmeHealthPolicy.parse({ expectedPostmortemsPerWeek: 5 }).thresholds.falseRca; // { warn: 0.1, alert: 0.25 }
 */
export const programmeHealthPolicy = z
  .object({
    weeks: z.number().int().min(2).max(26).default(8),
    expectedPostmortemsPerWeek: z.number().positive().max(1000).default(3),
    thresholds: z
      .object({
        telemetryGaps: limits(0.25, 0.5),
        traceCoverage: limits(0.6, 0.3),
        blamelessFindings: limits(1, 3),
        reviewParticipation: limits(0.7, 0.5),
        actionDrift: limits(0.2, 0.4),
        overReporting: limits(1.5, 2),
        securityReviewDelay: limits(72, 168),
        falseRca: limits(0.1, 0.25),
      })
      .strict()
      .default(() => defaultThresholds()),
  })
  .strict();
export type ProgrammeHealthPolicy = z.output<typeof programmeHealthPolicy>;

/** The limits of every signal, as documented. */
function defaultThresholds(): ProgrammeHealthPolicy['thresholds'] {
  return {
    telemetryGaps: { warn: 0.25, alert: 0.5 },
    traceCoverage: { warn: 0.6, alert: 0.3 },
    blamelessFindings: { warn: 1, alert: 3 },
    reviewParticipation: { warn: 0.7, alert: 0.5 },
    actionDrift: { warn: 0.2, alert: 0.4 },
    overReporting: { warn: 1.5, alert: 2 },
    securityReviewDelay: { warn: 72, alert: 168 },
    falseRca: { warn: 0.1, alert: 0.25 },
  };
}

/** The programme-health policy a workspace has until it saves its own. */
export const defaultProgrammeHealthPolicy: ProgrammeHealthPolicy = {
  weeks: 8,
  expectedPostmortemsPerWeek: 3,
  thresholds: defaultThresholds(),
};

/** Days of the week, as the weekly report schedule names them. */
export const weekdays = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

/**
 * When the weekly review is sent to the notification targets subscribed to `report`: once per
 * ISO week, on `day` at `hourUtc` or at the first check after it. `enabled: false` stops it.
 *
 * @example
 * weeklyReportSchedule.parse({ day: 'friday' }); // { enabled: true, day: 'friday', hourUtc: 8 }
 */
export const weeklyReportSchedule = z
  .object({
    enabled: z.boolean().default(true),
    day: z.enum(weekdays).default('monday'),
    hourUtc: z.number().int().min(0).max(23).default(8),
  })
  .strict();
export type WeeklyReportSchedule = z.output<typeof weeklyReportSchedule>;
