import {
  defaultPostmortemTemplates,
  postmortemTemplates,
  type PostmortemTemplates,
  type Principal,
} from '@aftermath/domain';
import type { Context } from '../context';
import type { Repositories } from '../ports';
import { defineWorkspaceSetting } from '../settings/workspace-setting';

const templates = defineWorkspaceSetting(
  'postmortem-templates',
  postmortemTemplates,
  defaultPostmortemTemplates,
);

/** The starting sections of new postmortems, per incident type: the saved setting or none. */
export function getPostmortemTemplates(
  ctx: Context,
  principal: Principal,
): Promise<PostmortemTemplates> {
  return templates.get(ctx, principal);
}

/** The saved setting without an authorization check, for use cases that already made one. */
export function readPostmortemTemplates(repos: Repositories): Promise<PostmortemTemplates> {
  return templates.read(repos);
}

/** Replaces the templates (admins); postmortems that already exist keep their text. */
export function setPostmortemTemplates(
  ctx: Context,
  principal: Principal,
  value: PostmortemTemplates,
): Promise<PostmortemTemplates> {
  return templates.set(ctx, principal, value);
}
