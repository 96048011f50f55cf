import type {
  ActionItem,
  ActionPriority,
  ActionStatus,
  Incident,
  IncidentReadScope,
  Visibility,
} from '@aftermath/domain';

/**
 * What the storage query of actions across incidents takes. Every given condition must hold;
 * empty lists filter nothing. `overdue` compares the due date with `today` (YYYY-MM-DD, UTC):
 * an active action (open, in progress) due before today is overdue.
 */
export interface ActionAcrossFilter {
  status?: ActionStatus[];
  priority?: ActionPriority[];
  owner?: string;
  /** Incidents with at least one service owned by this team. */
  team?: string;
  service?: string;
  overdue?: boolean;
  today: string;
  /** Only actions of incidents with one of these visibilities (what the principal may read). */
  visibility: Visibility[];
  /** Restricted incidents only within this scope (every one when omitted). */
  readScope?: IncidentReadScope;
  limit: number;
  offset: number;
}

/** An action with the fields of its incident the list shows. */
export interface ActionWithIncident {
  action: ActionItem;
  incident: Pick<Incident, 'key' | 'title' | 'severity' | 'status' | 'services' | 'visibility'>;
}

/** What a caller asks the action list for: the filter without what the use case fills in. */
export type ActionOverviewQuery = Omit<ActionAcrossFilter, 'today' | 'visibility'>;
