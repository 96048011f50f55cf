import {
  defaultSeverityScale,
  severityScale,
  type Principal,
  type SeverityScale,
} from '@aftermath/domain';
import { authorize } from './authorization';
import type { Context } from './context';

const settingKey = 'severityScale';

/** What each severity means in this workspace: the saved scale, or the default one. */
export async function getSeverityScale(ctx: Context, principal: Principal): Promise<SeverityScale> {
  authorize(principal, 'incident.read');
  const saved = severityScale.safeParse(await ctx.store.settings.get(settingKey));
  return saved.success ? saved.data : defaultSeverityScale;
}

/** Rewords the severity scale of the workspace (every level needs a meaning). */
export async function setSeverityScale(
  ctx: Context,
  principal: Principal,
  scale: SeverityScale,
): Promise<SeverityScale> {
  authorize(principal, 'workspace.admin');
  await ctx.store.settings.set(settingKey, scale);
  return scale;
}
