import { z } from 'zod';
import { utcTimestamp } from './time';

/**
 * The issue trackers Aftermath files action items in: GitHub Issues (REST), Jira Cloud (REST v3)
 * and Linear (GraphQL).
 *
 * @example trackerKind.parse('jira');
 */
export const trackerKind = z.enum(['github', 'jira', 'linear']);
export type TrackerKind = z.infer<typeof trackerKind>;

/**
 * A team's name as tracker configurations are keyed: the team of the incident's services, or
 * `default` for every action whose team has no tracker of its own.
 */
export const trackerTeam = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,99}$/,
    'letters, digits, space, "_", "." or "-", at most 100',
  );

const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' });

/**
 * One team's tracker as written by an admin. `project` is `owner/repo` for GitHub, the project
 * key for Jira (`OPS`), the team id for Linear. `user` is the Atlassian account e-mail Jira's
 * basic auth pairs with the API token. `token` and `webhookSecret` are stored encrypted and never
 * read back. `autoCreate` files an issue for each new open action of the team by itself.
 * `issueType` is the Jira issue type new issues get (`Task` when left out; Jira only).
 *
 * @example
 * trackerConfigInput.parse({ kind: 'github', baseUrl: 'https://api.github.com',
 *   project: 'acme/api', token: 'ghp_…' });
 */
export const trackerConfigInput = z
  .object({
    kind: trackerKind,
    baseUrl: httpUrl,
    project: z.string().trim().min(1).max(200),
    user: z.string().trim().min(1).max(255).optional(),
    /** Left out on an update: the stored token is kept. */
    token: z.string().min(1).max(4096).optional(),
    webhookSecret: z.string().min(16, 'at least 16 characters').max(1024).optional(),
    autoCreate: z.boolean().default(false),
    /** Jira only: the issue type's name as the project knows it (`Bug`, `Story`); default `Task`. */
    issueType: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .superRefine((value, issue) => {
    if (value.kind === 'github' && !/^[\w.-]+\/[\w.-]+$/.test(value.project)) {
      issue.addIssue({ code: 'custom', path: ['project'], message: 'GitHub needs owner/repo' });
    }
    if (value.kind === 'jira' && value.user === undefined) {
      issue.addIssue({ code: 'custom', path: ['user'], message: 'Jira needs the account e-mail' });
    }
    if (value.kind !== 'jira' && value.issueType !== undefined) {
      const message = 'only Jira has issue types';
      issue.addIssue({ code: 'custom', path: ['issueType'], message });
    }
  });
export type TrackerConfigInput = z.input<typeof trackerConfigInput>;

/**
 * A team's tracker as anyone may see it: secrets replaced by whether one is set.
 *
 * @example { team: 'payments', kind: 'jira', baseUrl: 'https://acme.atlassian.net', project: 'PAY', issueType: 'Task', tokenSet: true, … }
 */
export const trackerConfigView = z.object({
  team: trackerTeam,
  kind: trackerKind,
  baseUrl: z.string(),
  project: z.string(),
  user: z.string().nullable(),
  tokenSet: z.boolean(),
  webhookSecretSet: z.boolean(),
  autoCreate: z.boolean(),
  /** Jira: the issue type new issues get; null for the other trackers. */
  issueType: z.string().nullable(),
  updatedAt: utcTimestamp,
});
export type TrackerConfigView = z.infer<typeof trackerConfigView>;

/** Where a linked issue stands, mapped from the tracker's own states. */
export const issueState = z.enum(['open', 'in_progress', 'done', 'unknown']);
export type IssueState = z.infer<typeof issueState>;

/**
 * The issue an action item is filed as. `ref` is what the tracker calls it (`acme/api#12`,
 * `OPS-4`, `ENG-12`); `remoteId` what its API addresses (issue number, Jira id, Linear uuid);
 * `status` the tracker's own words (`closed`, `In Progress`); `syncedAt` when it was last read.
 *
 * @example
 * { actionId: 'a1', team: 'default', kind: 'github', ref: 'acme/api#12', remoteId: '12',
 *   url: 'https://github.com/acme/api/issues/12', state: 'open', status: 'open', … }
 */
export const actionIssueLink = z.object({
  actionId: z.string(),
  team: trackerTeam,
  kind: trackerKind,
  ref: z.string(),
  remoteId: z.string(),
  url: z.string(),
  state: issueState,
  status: z.string(),
  syncedAt: utcTimestamp.nullable(),
  createdAt: utcTimestamp,
  updatedAt: utcTimestamp,
});
export type ActionIssueLink = z.infer<typeof actionIssueLink>;

/**
 * One outgoing call as the delivery log shows it: a notification delivery (`notification`) or a
 * tracker call (`tracker.create` files an issue, `tracker.sync` reads one back). `summary` is the
 * event's or action's title, `target` the notification target or the tracker's team. Times are UTC
 * ISO 8601; `nextAttemptAt` is when a queued call is (re)tried.
 *
 * @example
 * { id: 'j1', channel: 'tracker.create', summary: 'Add alert on queue depth', target: 'payments',
 *   status: 'failed', attempts: 10, maxAttempts: 10, lastError: 'HTTP 401 …', … }
 */
export const outgoingCall = z.object({
  id: z.string(),
  channel: z.enum(['notification', 'tracker.create', 'tracker.sync']),
  summary: z.string(),
  target: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  attempts: z.number().int().min(0),
  maxAttempts: z.number().int().min(1),
  lastError: z.string().nullable(),
  nextAttemptAt: utcTimestamp,
  createdAt: utcTimestamp,
  updatedAt: utcTimestamp,
});
export type OutgoingCall = z.infer<typeof outgoingCall>;
