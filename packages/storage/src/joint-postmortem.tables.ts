// Row types of the joint postmortem table (migration 2026-11-29T000400-joint-postmortems).

/** An incident covered by the postmortem of `primary_key`. `linked_at` is UTC ISO text. */
export interface PostmortemLinkTable {
  incident_key: string;
  primary_key: string;
  linked_by: string | null;
  linked_at: string;
}

/** The joint postmortem tables, merged into `Database`. */
export interface JointPostmortemTables {
  postmortem_links: PostmortemLinkTable;
}
