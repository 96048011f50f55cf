import type { Principal } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import type { Repositories } from '../ports';

/** The part of a zod schema a setting needs: a parse that never throws. */
export interface SettingSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/** One workspace setting stored as JSON under a key, read by anyone who may read incidents. */
export interface WorkspaceSetting<T> {
  /** The saved value without an authorization check, for use cases that already made one. */
  read(repos: Pick<Repositories, 'settings'>): Promise<T>;
  /** The saved value, or the fallback when nothing (valid) is saved. */
  get(ctx: Context, principal: Principal): Promise<T>;
  /** Replaces the value (admins only); the caller has validated it. */
  set(ctx: Context, principal: Principal, value: T): Promise<T>;
}

/**
 * Describes a workspace setting once: its key, its schema and what it is when never saved. A
 * stored value the schema no longer accepts (an older shape) reads as the fallback, so an upgrade
 * never breaks a page.
 */
export function defineWorkspaceSetting<T>(
  key: string,
  schema: SettingSchema<T>,
  fallback: T,
): WorkspaceSetting<T> {
  async function read(repos: Pick<Repositories, 'settings'>): Promise<T> {
    const saved = schema.safeParse(await repos.settings.get(key));
    return saved.success ? saved.data : fallback;
  }
  return {
    read,
    async get(ctx, principal) {
      authorize(principal, 'incident.read');
      return read(ctx.store);
    },
    async set(ctx, principal, value) {
      authorize(principal, 'workspace.admin');
      await ctx.store.settings.set(key, value);
      return value;
    },
  };
}
