import {
  defaultSeverityScale,
  severityScale,
  type Principal,
  type SeverityScale,
} from '@aftermath/domain';
import type { Context } from './context';
import { defineWorkspaceSetting } from './settings/workspace-setting';

const scaleSetting = defineWorkspaceSetting('severityScale', severityScale, defaultSeverityScale);

/** What each severity means in this workspace: the saved scale, or the default one. */
export function getSeverityScale(ctx: Context, principal: Principal): Promise<SeverityScale> {
  return scaleSetting.get(ctx, principal);
}

/** Rewords the severity scale of the workspace (every level needs a meaning). */
export function setSeverityScale(
  ctx: Context,
  principal: Principal,
  scale: SeverityScale,
): Promise<SeverityScale> {
  return scaleSetting.set(ctx, principal, scale);
}
