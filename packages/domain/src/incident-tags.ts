import { z } from 'zod';
import { DomainError } from './errors';
import { tag } from './incident';

/** Most tags one incident carries. */
export const maxIncidentTags = 50;

/**
 * Tags to add to and remove from an incident, applied together (removals first). Adding a tag
 * it already has or removing one it lacks changes nothing; a tag in both lists is refused.
 *
 * @example
 * incidentTagChange.parse({ add: ['database'], remove: ['needs-triage'] });
 */
export const incidentTagChange = z
  .object({
    add: z.array(tag).max(maxIncidentTags).default([]),
    remove: z.array(tag).max(maxIncidentTags).default([]),
  })
  .strict()
  .refine((change) => change.add.length + change.remove.length > 0, {
    message: 'give at least one tag to add or remove',
    path: ['add'],
  })
  .refine((change) => !change.add.some((name) => change.remove.includes(name)), {
    message: 'a tag cannot be both added and removed',
    path: ['remove'],
  });
export type IncidentTagChangeInput = z.input<typeof incidentTagChange>;
export type IncidentTagChange = z.output<typeof incidentTagChange>;

/**
 * The tags after a change: existing order kept, new tags appended in the order given.
 * Throws a validation error when the result would exceed {@link maxIncidentTags}.
 *
 * @example
 * applyTagChange(['a', 'b'], { add: ['c'], remove: ['a'] }); // ['b', 'c']
 */
export function applyTagChange(tags: readonly string[], change: IncidentTagChange): string[] {
  const kept = tags.filter((name) => !change.remove.includes(name));
  const next = [...new Set([...kept, ...change.add])];
  if (next.length > maxIncidentTags) {
    throw new DomainError('validation', `an incident carries at most ${maxIncidentTags} tags`, [
      { path: 'add', message: `${next.length} tags would exceed the limit of ${maxIncidentTags}` },
    ]);
  }
  return next;
}
