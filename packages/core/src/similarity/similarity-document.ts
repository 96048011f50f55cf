import type { SimilarityDocument } from '@aftermath/analysis';
import type { Incident, Postmortem, TimelineEntry } from '@aftermath/domain';

/**
 * What similarity compares of one incident: its title, the postmortem's summary (or the customer
 * impact when no postmortem was started), trigger and root-cause sections with their codes, tags
 * and the timeline's entry titles (bodies are raw logs: more noise than signal).
 */
export function toSimilarityDocument(
  incident: Incident,
  postmortem: Postmortem | null,
  timeline: readonly TimelineEntry[],
): SimilarityDocument {
  const sections = postmortem?.sections;
  const rca = postmortem?.rca;
  return {
    key: incident.key,
    fields: {
      title: incident.title,
      summary: sections?.summary || incident.customerImpact.description,
      trigger: [rca?.trigger ?? '', sections?.trigger ?? ''].join('\n'),
      rootCause: [...(rca?.rootCauses ?? []), sections?.rootCauses ?? ''].join('\n'),
      tags: incident.tags.join(' '),
      timeline: timeline.map((entry) => entry.title).join('\n'),
    },
    services: incident.services,
    triggerCode: rca?.trigger ?? null,
    rootCauseCodes: rca?.rootCauses ?? [],
    at: incident.milestones.impactStartedAt ?? incident.createdAt,
  };
}
