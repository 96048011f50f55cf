import { z } from 'zod';
import { incidentType, type IncidentType } from './incident';
import { postmortemSections, type PostmortemSections } from './postmortem';

/**
 * The starting text of a new postmortem for one incident type: Markdown per section (headings,
 * prompts, checklists). Sections it leaves out start empty.
 *
 * @example { sections: { impact: '- Records lost:\n- Restored from backup:' } }
 */
export const postmortemTemplate = z
  .object({ sections: postmortemSections.partial().strict() })
  .strict();
export type PostmortemTemplate = z.infer<typeof postmortemTemplate>;

/**
 * The workspace's postmortem templates, by incident type. A postmortem created for an incident
 * whose type has a template starts with that template's sections; other types start empty.
 *
 * @example { byType: { security: { sections: { summary: 'Who could read what, and since when?' } } } }
 */
export const postmortemTemplates = z
  .object({ byType: z.partialRecord(incidentType, postmortemTemplate) })
  .strict();
export type PostmortemTemplates = z.infer<typeof postmortemTemplates>;

/** No templates: every new postmortem starts with empty sections. */
export const defaultPostmortemTemplates: PostmortemTemplates = { byType: {} };

/**
 * The sections a new postmortem starts with and its template's name: the template asked for by
 * name (`asked`, kept even when no template has that name), else the incident type's template,
 * else `default` with empty sections.
 *
 * @example startingSections({ byType: { security: { sections: { summary: 'S' } } } }, 'security')
 * // → { template: 'security', sections: { summary: 'S' } }
 */
export function startingSections(
  templates: PostmortemTemplates,
  type: IncidentType,
  asked?: string,
): { template: string; sections: Partial<PostmortemSections> } {
  const name = asked ?? (templates.byType[type] ? type : 'default');
  const parsed = incidentType.safeParse(name);
  const chosen = parsed.success ? templates.byType[parsed.data] : undefined;
  return { template: name, sections: chosen?.sections ?? {} };
}
