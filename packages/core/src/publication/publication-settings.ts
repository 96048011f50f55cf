import {
  defaultPublicationSettings,
  publicationSettings,
  type PublicationSettings,
  type Principal,
} from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import type { Repositories } from '../ports';

const settingKey = 'publication';

/** What the public version of a postmortem leaves out: the saved setting, or the defaults. */
export async function getPublicationSettings(
  ctx: Context,
  principal: Principal,
): Promise<PublicationSettings> {
  authorize(principal, 'incident.read');
  return readPublicationSettings(ctx.store);
}

/** The saved setting without an authorization check, for use cases that already made one. */
export async function readPublicationSettings(repos: Repositories): Promise<PublicationSettings> {
  const saved = publicationSettings.safeParse(await repos.settings.get(settingKey));
  return saved.success ? saved.data : defaultPublicationSettings;
}

/** Changes which sections, timeline kinds and actions the public version carries (admins). */
export async function setPublicationSettings(
  ctx: Context,
  principal: Principal,
  settings: PublicationSettings,
): Promise<PublicationSettings> {
  authorize(principal, 'workspace.admin');
  await ctx.store.settings.set(settingKey, settings);
  return settings;
}
