import { z } from 'zod';
import { incidentStatus, tag } from './incident';
import { severity } from './severity';
import { utcTimestamp } from './time';

/**
 * The incident-list filters a saved view keeps. Every field is optional; an empty object is the
 * whole list.
 *
 * @example
 * savedViewFilters.parse({ severity: 'SEV1', tag: 'database' });
 */
export const savedViewFilters = z.object({
  status: incidentStatus.optional(),
  severity: severity.optional(),
  service: z.string().trim().min(1).max(100).optional(),
  tag: tag.optional(),
  text: z.string().trim().min(1).max(200).optional(),
});
export type SavedViewFilters = z.infer<typeof savedViewFilters>;

/**
 * A named set of incident-list filters. `shared` views belong to the workspace and everyone sees
 * them; the others belong to `owner` alone.
 *
 * @example
 * { id: '01h…', name: 'Open SEV1s', filters: { severity: 'SEV1', status: 'open' }, shared: true, owner: 'alice', createdAt: '2026-11-28T08:00:00.000Z' }
 */
export const savedView = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(80),
  filters: savedViewFilters,
  shared: z.boolean(),
  owner: z.string().nullable(),
  createdAt: utcTimestamp,
});
export type SavedView = z.infer<typeof savedView>;

/** `{items:[…]}` of saved views: the shared ones first, then the person's own, each by name. */
export const savedViewList = z.object({ items: z.array(savedView) });

/**
 * Input to save a view: its name, the filters and whether the whole workspace sees it
 * (default: only the person saving it).
 *
 * @example
 * saveViewInput.parse({ name: 'Checkout', filters: { service: 'checkout' } });
 */
export const saveViewInput = z.object({
  name: savedView.shape.name,
  filters: savedViewFilters,
  shared: z.boolean().default(false),
});
export type SaveViewInput = z.input<typeof saveViewInput>;
