import type { ActionItem } from './action-item';
import type { Incident } from './incident';
import type { Postmortem } from './postmortem';
import type { TimelineEntry } from './timeline';

/** A timeline entry as written in a document: no storage identity. */
export type DocumentTimelineEntry = Omit<
  TimelineEntry,
  'id' | 'incidentKey' | 'version' | 'createdAt'
>;

/** An action item as written in a document: no storage identity. */
export type DocumentActionItem = Omit<
  ActionItem,
  'id' | 'incidentKey' | 'version' | 'createdAt' | 'updatedAt'
>;

/**
 * One incident's whole postmortem as a self-contained document: what Aftermath Markdown and the
 * JSON export carry, and what `import-docs` writes back. Timeline entries are in time order,
 * actions in creation order.
 */
export interface PostmortemDocument {
  incident: Omit<Incident, 'version'>;
  postmortem: Omit<Postmortem, 'incidentKey' | 'version'> | null;
  timeline: DocumentTimelineEntry[];
  actions: DocumentActionItem[];
}
