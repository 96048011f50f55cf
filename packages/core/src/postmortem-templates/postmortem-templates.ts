import {
  defaultPostmortemTemplates,
  postmortemTemplates,
  type PostmortemTemplates,
  type Principal,
} from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import type { Repositories } from '../ports';

const settingKey = 'postmortem-templates';

/** The starting sections of new postmortems, per incident type: the saved setting or none. */
export async function getPostmortemTemplates(
  ctx: Context,
  principal: Principal,
): Promise<PostmortemTemplates> {
  authorize(principal, 'incident.read');
  return readPostmortemTemplates(ctx.store);
}

/** The saved setting without an authorization check, for use cases that already made one. */
export async function readPostmortemTemplates(repos: Repositories): Promise<PostmortemTemplates> {
  const saved = postmortemTemplates.safeParse(await repos.settings.get(settingKey));
  return saved.success ? saved.data : defaultPostmortemTemplates;
}

/** Replaces the templates (admins); postmortems that already exist keep their text. */
export async function setPostmortemTemplates(
  ctx: Context,
  principal: Principal,
  templates: PostmortemTemplates,
): Promise<PostmortemTemplates> {
  authorize(principal, 'workspace.admin');
  await ctx.store.settings.set(settingKey, templates);
  return templates;
}
