import {
  DomainError,
  parseOrThrow,
  trackerConfigInput,
  trackerTeam,
  type Principal,
  type TrackerConfigView,
  type TrackerKind,
} from '@aftermath/domain';
import { z } from 'zod';
import { authorize } from '../authorization';
import type { Context } from '../context';
import type { SecretBox } from './secret-box';
import type { TrackerAccess } from './tracker.ports';

// Every team's tracker lives in one settings value. Tokens and webhook secrets are sealed with
// the instance's secret key (AES-256-GCM) before they are written and never leave through a read.
const settingKey = 'trackers.configs';

const storedConfig = z.object({
  team: z.string(),
  kind: z.enum(['github', 'jira', 'linear']),
  baseUrl: z.string(),
  project: z.string(),
  user: z.string().nullable(),
  tokenSealed: z.string(),
  webhookSecretSealed: z.string().nullable(),
  autoCreate: z.boolean(),
  /** Auto-creation files issues only for actions created after this time (UTC ISO). */
  autoCreateSince: z.string().nullable(),
  /** Jira's issue type; configurations stored before it existed file Tasks. */
  issueType: z.string().nullable().default(null),
  updatedAt: z.string(),
});
/** One team's tracker as stored: secrets sealed. */
export type StoredTrackerConfig = z.infer<typeof storedConfig>;

/** Every team's stored tracker configuration (secrets still sealed). */
export async function readTrackerConfigs(ctx: Context): Promise<StoredTrackerConfig[]> {
  const parsed = z.array(storedConfig).safeParse(await ctx.store.settings.get(settingKey));
  return parsed.success ? parsed.data : [];
}

/** The issue type a Jira tracker files (`Task` unless configured); null for the others. */
function jiraIssueType(config: StoredTrackerConfig): string | null {
  return config.kind === 'jira' ? (config.issueType ?? 'Task') : null;
}

function toView(config: StoredTrackerConfig): TrackerConfigView {
  return {
    team: config.team,
    kind: config.kind,
    baseUrl: config.baseUrl,
    project: config.project,
    user: config.user,
    tokenSet: true,
    webhookSecretSet: config.webhookSecretSealed !== null,
    autoCreate: config.autoCreate,
    issueType: jiraIssueType(config),
    updatedAt: config.updatedAt,
  };
}

/** The configured trackers by team, secrets hidden. */
export async function listTrackerConfigs(
  ctx: Context,
  principal: Principal,
): Promise<TrackerConfigView[]> {
  authorize(principal, 'workspace.admin');
  return (await readTrackerConfigs(ctx)).map(toView);
}

function missingToken(team: string): DomainError {
  const message = 'required when a team gets its first tracker';
  return new DomainError('validation', `token: ${message} (team ${team})`, [
    { path: 'token', message },
  ]);
}

/**
 * Creates or replaces a team's tracker (admin). A body without `token` or `webhookSecret` keeps
 * the stored one, so a listed configuration can be edited without its secrets.
 */
export async function setTrackerConfig(
  ctx: Context,
  principal: Principal,
  secrets: SecretBox,
  team: string,
  input: unknown,
): Promise<TrackerConfigView> {
  authorize(principal, 'workspace.admin');
  const name = parseOrThrow(trackerTeam, team, 'team');
  const config = parseOrThrow(trackerConfigInput, input);
  return ctx.store.transaction(async (tx) => {
    const all = z.array(storedConfig).safeParse(await tx.settings.get(settingKey));
    const configs = all.success ? all.data : [];
    const old = configs.find((c) => c.team === name);
    if (config.token === undefined && old === undefined) throw missingToken(name);
    const now = ctx.clock().toISOString();
    const next: StoredTrackerConfig = {
      team: name,
      kind: config.kind,
      baseUrl: config.baseUrl.replace(/\/+$/, ''),
      project: config.project,
      user: config.user ?? null,
      tokenSealed:
        config.token === undefined ? (old?.tokenSealed ?? '') : secrets.seal(config.token),
      webhookSecretSealed:
        config.webhookSecret === undefined
          ? (old?.webhookSecretSealed ?? null)
          : secrets.seal(config.webhookSecret),
      autoCreate: config.autoCreate,
      autoCreateSince: config.autoCreate ? (old?.autoCreateSince ?? now) : null,
      issueType: config.issueType ?? null,
      updatedAt: now,
    };
    const list = [...configs.filter((c) => c.team !== name), next];
    await tx.settings.set(
      settingKey,
      list.sort((a, b) => a.team.localeCompare(b.team)),
    );
    return toView(next);
  });
}

/** Removes a team's tracker; `not_found` when it has none. Linked issues stay linked. */
export async function removeTrackerConfig(
  ctx: Context,
  principal: Principal,
  team: string,
): Promise<void> {
  authorize(principal, 'workspace.admin');
  await ctx.store.transaction(async (tx) => {
    const all = z.array(storedConfig).safeParse(await tx.settings.get(settingKey));
    const configs = all.success ? all.data : [];
    if (!configs.some((c) => c.team === team)) {
      throw new DomainError('not_found', `No issue tracker for team ${team}`);
    }
    await tx.settings.set(
      settingKey,
      configs.filter((c) => c.team !== team),
    );
  });
}

/** A stored configuration with its token decrypted, ready for a call. */
export function openTrackerAccess(secrets: SecretBox, config: StoredTrackerConfig): TrackerAccess {
  return {
    kind: config.kind,
    baseUrl: config.baseUrl,
    project: config.project,
    user: config.user,
    token: secrets.open(config.tokenSealed),
    issueType: jiraIssueType(config),
  };
}

/** The tracker of `team`; `not_found` when the team has none. */
export async function readTeamTracker(ctx: Context, team: string): Promise<StoredTrackerConfig> {
  const config = (await readTrackerConfigs(ctx)).find((c) => c.team === team);
  if (config === undefined) throw new DomainError('not_found', `No issue tracker for team ${team}`);
  return config;
}

/** Display names of the trackers, for messages. */
export const trackerNames: Record<TrackerKind, string> = {
  github: 'GitHub',
  jira: 'Jira',
  linear: 'Linear',
};
