import { z } from 'zod';
import { incidentKey, incidentStatus, visibility } from './incident';
import { severity } from './severity';
import { timelineEntry } from './timeline';
import { utcTimestamp } from './time';

/**
 * One incident covered by another incident's postmortem (a joint postmortem). The primary
 * incident's key names the postmortem; its owner, sections and action items are the joint ones.
 *
 * @example
 * // { incidentKey: 'INC-7', primaryKey: 'INC-4', linkedBy: 'ana', linkedAt: '2026-03-01T12:00:00.000Z' }
 */
export const postmortemLink = z.object({
  incidentKey,
  primaryKey: incidentKey,
  linkedBy: z.string().max(64).nullable(),
  linkedAt: utcTimestamp,
});
export type PostmortemLink = z.infer<typeof postmortemLink>;

/**
 * Link incidents into a joint postmortem: `{"keys":["INC-7","INC-9"]}` (1–50 distinct keys).
 *
 * @example
 * linkIncidentsInput.parse({ keys: ['INC-7'] });
 */
export const linkIncidentsInput = z
  .object({
    keys: z
      .array(incidentKey)
      .min(1)
      .max(50)
      .refine((keys) => new Set(keys).size === keys.length, 'list each incident once'),
  })
  .strict();
export type LinkIncidentsInput = z.infer<typeof linkIncidentsInput>;

/**
 * A linked incident as the joint postmortem lists it, with the teams owning its services (the
 * teams asked to review a joint postmortem are those of every linked incident).
 *
 * @example
 * // { key: 'INC-7', title: 'Queue backlog', severity: 'SEV2', status: 'resolved', visibility: 'normal',
 * //   services: ['queue'], teams: ['platform'], linkedBy: 'ana', linkedAt: '…' }
 */
export const linkedIncident = z.object({
  key: incidentKey,
  title: z.string(),
  severity,
  status: incidentStatus,
  visibility,
  services: z.array(z.string()),
  teams: z.array(z.string()),
  linkedBy: z.string().nullable(),
  linkedAt: utcTimestamp,
});
export type LinkedIncident = z.infer<typeof linkedIncident>;

/**
 * The joint postmortem as seen from one incident. `primary` is the incident whose postmortem
 * covers this one (itself when it is not linked elsewhere); `coveredBy` is that key when another
 * incident's postmortem covers this one, else null. `coveredByHidden` is true when it is covered
 * by a restricted postmortem the caller may not see (whose key is then not shown). `items` are the
 * incidents linked into `primary`, empty when it is not joint. `teams` are every team owning a
 * service of the primary or a linked incident.
 *
 * @example
 * // { primary: 'INC-4', coveredBy: null, coveredByHidden: false, items: [ … ], teams: ['payments'] }
 */
export const jointPostmortem = z.object({
  primary: incidentKey,
  coveredBy: incidentKey.nullable(),
  coveredByHidden: z.boolean(),
  items: z.array(linkedIncident),
  teams: z.array(z.string()),
});
export type JointPostmortem = z.infer<typeof jointPostmortem>;

/**
 * The joint postmortem's timeline: the entries of the primary and of every linked incident the
 * caller may see, merged in time order; each entry keeps its `incidentKey` as its label.
 *
 * @example
 * // { primary: 'INC-4', incidents: ['INC-4', 'INC-7'], entries: [{ incidentKey: 'INC-7', at: '…', … }] }
 */
export const jointTimeline = z.object({
  primary: incidentKey,
  incidents: z.array(incidentKey),
  entries: z.array(timelineEntry),
});
export type JointTimeline = z.infer<typeof jointTimeline>;
