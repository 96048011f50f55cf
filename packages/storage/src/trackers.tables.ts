// Row types of the tracker tables (migration 2026-11-28T000400-trackers).

/** The issue an action item is filed as. Times are UTC ISO text. */
export interface ActionIssueLinkTable {
  action_id: string;
  team: string;
  kind: 'github' | 'jira' | 'linear';
  ref: string;
  remote_id: string;
  url: string;
  state: 'open' | 'in_progress' | 'done' | 'unknown';
  status: string;
  synced_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The tracker tables, merged into `Database`. */
export interface TrackerTables {
  action_issue_links: ActionIssueLinkTable;
}
