import type { RouteOutput, routes } from '@aftermath/contract';

/** The checklist answer: score, items, and what each gate lacks. */
export type ChecklistData = RouteOutput<(typeof routes)['getPostmortemChecklist']>;

/** The policy's decision for the incident, with its deadlines. */
export type PolicyCheckData = RouteOutput<(typeof routes)['checkIncidentPolicy']>;
