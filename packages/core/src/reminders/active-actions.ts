import { systemPrincipal, type ActionOverview } from '@aftermath/domain';
import { listActionOverview, type ActionOverviewQuery } from '../action-overview';
import type { Context } from '../context';

const PAGE = 500;

/** Every action matching `query` across incidents (any visibility), read a page at a time. */
export async function readAllActions(
  ctx: Context,
  query: Omit<ActionOverviewQuery, 'limit' | 'offset'>,
): Promise<ActionOverview[]> {
  const all: ActionOverview[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await listActionOverview(ctx, systemPrincipal, { ...query, limit: PAGE, offset });
    all.push(...page.items);
    if (offset + PAGE >= page.total) return all;
  }
}
