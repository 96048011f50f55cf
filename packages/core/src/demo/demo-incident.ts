import type {
  ActionStatus,
  ContributingFactorCategory,
  CreateActionItemInput,
  CreateIncidentInput,
  CreateTimelineEntryInput,
  IncidentStatus,
  MilestoneName,
  PostmortemSections,
  PostmortemStatus,
} from '@aftermath/domain';

/** Minutes in an hour and in a day, for offsets written as `2 * HOUR + 15`. */
export const HOUR = 60;
export const DAY = 24 * HOUR;

/**
 * A timeline entry of the demo. `at` is minutes after the incident's start (negative for what
 * happened before impact, such as the change that triggered it; fractions for seconds).
 */
export interface DemoTimelineEntry extends Omit<CreateTimelineEntryInput, 'at'> {
  at: number;
}

/** An action item of the demo. `dueInDays` counts from the incident's start date. */
export interface DemoAction extends Omit<CreateActionItemInput, 'dueDate' | 'status'> {
  dueInDays: number | null;
  status: ActionStatus;
}

/**
 * The coded root-cause analysis of a demo postmortem. `cites` names timeline entries by their
 * exact title (the loader turns titles into entry ids); factor and chain ids are numbered.
 */
export interface DemoRca {
  trigger: string | null;
  rootCauses: string[];
  factors: { category: ContributingFactorCategory; description: string; cites: string[] }[];
  whys: { problem: string; links: { why: string; answer: string; cites: string[] }[] }[];
}

/** The postmortem of a demo incident, and how far through review it got. */
export interface DemoPostmortem {
  owner: string;
  status: PostmortemStatus;
  rca?: DemoRca;
  sections: Partial<PostmortemSections>;
}

/**
 * One demo incident as data. Times are relative so the workspace always looks recent: the
 * incident starts `startedDaysAgo` days before today at `startedAtUtc` (`HH:MM:SS`), and every
 * other time is minutes after that start.
 */
export interface DemoIncident {
  startedDaysAgo: number;
  startedAtUtc: string;
  incident: Omit<CreateIncidentInput, 'milestones'>;
  /** Minutes after the start; the loader walks the status to `status` through these. */
  milestones: Partial<Record<MilestoneName, number>>;
  status: IncidentStatus;
  timeline: DemoTimelineEntry[];
  postmortem: DemoPostmortem | null;
  actions: DemoAction[];
}
