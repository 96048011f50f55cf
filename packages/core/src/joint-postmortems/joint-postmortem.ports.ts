import type { IncidentKey, PostmortemLink } from '@aftermath/domain';

/** Which incidents are covered by which joint postmortem (at most one per covered incident). */
export interface PostmortemLinkRepository {
  /** The link covering `incidentKey`, or null when no other postmortem covers it. */
  get(incidentKey: IncidentKey): Promise<PostmortemLink | null>;
  /** Adds the link; false when the incident is already covered (nothing written). */
  add(incidentKey: IncidentKey, link: Omit<PostmortemLink, 'incidentKey'>): Promise<boolean>;
  /** Removes the link covering `incidentKey`; false when there was none. */
  remove(incidentKey: IncidentKey): Promise<boolean>;
  /** Every link, by covered incident key. */
  list(): Promise<PostmortemLink[]>;
  /** The incidents linked into `primaryKey`'s postmortem, oldest link first. */
  listByPrimary(primaryKey: IncidentKey): Promise<PostmortemLink[]>;
}
