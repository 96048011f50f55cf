import { textCheckSettings, type Principal, type TextCheckSettings } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';

const settingKey = 'textChecks';

/** The saved allow-lists, or empty ones. */
export async function getTextCheckSettings(
  ctx: Context,
  principal: Principal,
): Promise<TextCheckSettings> {
  authorize(principal, 'incident.read');
  const saved = textCheckSettings.safeParse((await ctx.store.settings.get(settingKey)) ?? {});
  return saved.success ? saved.data : { blamelessAllow: [], redactionAllow: [] };
}

/** Replaces the workspace's allow-lists. */
export async function setTextCheckSettings(
  ctx: Context,
  principal: Principal,
  settings: TextCheckSettings,
): Promise<TextCheckSettings> {
  authorize(principal, 'workspace.admin');
  await ctx.store.settings.set(settingKey, settings);
  return settings;
}

/** People's display names from the workspace directory: blameless subjects and PII to redact. */
export async function listWorkspaceNames(ctx: Context): Promise<string[]> {
  const users = await ctx.store.directory.listUsers();
  return users.map((user) => user.displayName).filter((name) => /\p{L}.*\p{L}/u.test(name));
}
