import type { Context } from '../context';

const PAGE_SIZE = 500;

/** The tag that marks an incident as imported from a status-page incident. */
export function statuspageTag(statuspageId: string): string {
  return `statuspage:${statuspageId}`;
}

/**
 * The `statuspage:<id>` tags of every incident in the workspace. The incident list has no tag
 * filter, so this reads all incidents page by page: one pass per import, not per incident.
 */
export async function findImportedStatuspageIds(ctx: Context): Promise<Set<string>> {
  const tags = new Set<string>();
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await ctx.store.incidents.list({ limit: PAGE_SIZE, offset });
    for (const incident of page.items) {
      for (const tag of incident.tags) if (tag.startsWith('statuspage:')) tags.add(tag);
    }
    if (page.items.length < PAGE_SIZE || offset + PAGE_SIZE >= page.total) return tags;
  }
}
