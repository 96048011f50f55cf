import {
  DomainError,
  parseOrThrow,
  savedViewList,
  saveViewInput,
  type Principal,
  type SavedView,
  type SaveViewInput,
} from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import type { Repositories } from '../ports';

const sharedKey = 'saved-views:shared';
/** A person keeps at most this many views, and the workspace as many shared ones. */
const maxViews = 100;

function personalKey(username: string): string {
  return `saved-views:user:${username}`;
}

async function readViews(repos: Repositories, key: string): Promise<SavedView[]> {
  const saved = savedViewList.shape.items.safeParse(await repos.settings.get(key));
  return saved.success ? saved.data : [];
}

// Views belong to a person, so someone has to be asking: the local operator has no list of its own.
function requireUsername(principal: Principal): string {
  if (principal.username === null) {
    throw new DomainError(
      'validation',
      'Saved views belong to a person: sign in, or use an API token of a user',
      [{ path: 'shared', message: 'only a signed-in user has personal views' }],
    );
  }
  return principal.username;
}

/** The shared views and the asking person's own, each list by name. */
export async function listSavedViews(ctx: Context, principal: Principal): Promise<SavedView[]> {
  authorize(principal, 'incident.read');
  const shared = await readViews(ctx.store, sharedKey);
  const own =
    principal.username === null ? [] : await readViews(ctx.store, personalKey(principal.username));
  const byName = (a: SavedView, b: SavedView) => a.name.localeCompare(b.name);
  return [...shared.sort(byName), ...own.sort(byName)];
}

/**
 * Saves the filters under a name, for the person asking or (`shared`, needs write access) for the
 * workspace. A name already used in the same list is refused, so nothing is overwritten unseen.
 */
export async function saveView(
  ctx: Context,
  principal: Principal,
  input: SaveViewInput,
): Promise<SavedView> {
  const parsed = parseOrThrow(saveViewInput, input);
  authorize(principal, parsed.shared ? 'incident.update' : 'incident.read');
  const username = requireUsername(principal);
  const key = parsed.shared ? sharedKey : personalKey(username);
  return ctx.store.transaction(async (tx) => {
    const views = await readViews(tx, key);
    const folded = parsed.name.toLowerCase();
    if (views.some((view) => view.name.toLowerCase() === folded)) {
      throw new DomainError('conflict', `A view named "${parsed.name}" already exists`, [
        { path: 'name', message: 'already used; choose another name or delete the old view' },
      ]);
    }
    if (views.length >= maxViews) {
      throw new DomainError('validation', `At most ${maxViews} views per list`, [
        { path: 'name', message: `the list already holds ${maxViews} views` },
      ]);
    }
    const view: SavedView = {
      id: ctx.newId(),
      name: parsed.name,
      filters: parsed.filters,
      shared: parsed.shared,
      owner: username,
      createdAt: ctx.clock().toISOString(),
    };
    await tx.settings.set(key, [...views, view]);
    return view;
  });
}

/** Deletes one of the person's own views, or a shared one (needs write access). */
export async function deleteSavedView(
  ctx: Context,
  principal: Principal,
  id: string,
): Promise<void> {
  authorize(principal, 'incident.read');
  await ctx.store.transaction(async (tx) => {
    const own = principal.username === null ? null : personalKey(principal.username);
    for (const key of own === null ? [sharedKey] : [own, sharedKey]) {
      const views = await readViews(tx, key);
      if (!views.some((view) => view.id === id)) continue;
      if (key === sharedKey) authorize(principal, 'incident.update');
      await tx.settings.set(
        key,
        views.filter((view) => view.id !== id),
      );
      return;
    }
    throw new DomainError('not_found', `No saved view ${id}`);
  });
}
