import {
  defaultPublicationSettings,
  publicationSettings,
  type PublicationSettings,
  type Principal,
} from '@aftermath/domain';
import type { Context } from '../context';
import type { Repositories } from '../ports';
import { defineWorkspaceSetting } from '../settings/workspace-setting';

const publication = defineWorkspaceSetting(
  'publication',
  publicationSettings,
  defaultPublicationSettings,
);

/** What the public version of a postmortem leaves out: the saved setting, or the defaults. */
export function getPublicationSettings(
  ctx: Context,
  principal: Principal,
): Promise<PublicationSettings> {
  return publication.get(ctx, principal);
}

/** The saved setting without an authorization check, for use cases that already made one. */
export function readPublicationSettings(repos: Repositories): Promise<PublicationSettings> {
  return publication.read(repos);
}

/** Changes which sections, timeline kinds and actions the public version carries (admins). */
export function setPublicationSettings(
  ctx: Context,
  principal: Principal,
  value: PublicationSettings,
): Promise<PublicationSettings> {
  return publication.set(ctx, principal, value);
}
