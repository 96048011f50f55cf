import { textCheckSettings, type Principal, type TextCheckSettings } from '@aftermath/domain';
import type { Context } from '../context';
import { defineWorkspaceSetting } from '../settings/workspace-setting';

const allowLists = defineWorkspaceSetting('textChecks', textCheckSettings, {
  blamelessAllow: [],
  redactionAllow: [],
});

/** The saved allow-lists, or empty ones. */
export function getTextCheckSettings(
  ctx: Context,
  principal: Principal,
): Promise<TextCheckSettings> {
  return allowLists.get(ctx, principal);
}

/** Replaces the workspace's allow-lists. */
export function setTextCheckSettings(
  ctx: Context,
  principal: Principal,
  settings: TextCheckSettings,
): Promise<TextCheckSettings> {
  return allowLists.set(ctx, principal, settings);
}

/** People's display names from the workspace directory: blameless subjects and PII to redact. */
export async function listWorkspaceNames(ctx: Context): Promise<string[]> {
  const users = await ctx.store.directory.listUsers();
  return users.map((user) => user.displayName).filter((name) => /\p{L}.*\p{L}/u.test(name));
}
