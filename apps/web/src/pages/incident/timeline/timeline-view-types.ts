import type { RouteOutput, routes } from '@aftermath/contract';
import type { TimelineEntry } from '@aftermath/domain';

/** The built timeline the server answers for `GET …/timeline/view`. */
export type TimelineViewData = RouteOutput<(typeof routes)['getTimelineView']>;
export type MilestoneName = keyof TimelineViewData['milestones']['proposed'];
export type Proposal = NonNullable<TimelineViewData['milestones']['proposed'][MilestoneName]>;
export type Suspect = TimelineViewData['suspects'][number];

/** What the entry list marks on an entry: milestones it proposes or set, its suspect rank. */
export interface EntryMarks {
  proposes: MilestoneName[];
  sets: MilestoneName[];
  suspectRank: number | null;
}

/** The milestone names evidence can propose, in the order they happen. */
export const proposableNames: readonly MilestoneName[] = [
  'impactStartedAt',
  'detectedAt',
  'acknowledgedAt',
  'mitigatedAt',
  'resolvedAt',
];

/** Marks per entry id, so each entry row can show what it set and whether it is a suspect. */
export function markEntries(view: TimelineViewData): Map<string, EntryMarks> {
  const marks = new Map<string, EntryMarks>();
  const markOf = (id: string) => {
    const found = marks.get(id) ?? { proposes: [], sets: [], suspectRank: null };
    marks.set(id, found);
    return found;
  };
  for (const name of proposableNames) {
    const proposal = view.milestones.proposed[name];
    if (proposal) markOf(proposal.entryId).proposes.push(name);
    const { state, decision } = view.milestones.decisions[name];
    if (state === 'accepted' && decision?.entryId) markOf(decision.entryId).sets.push(name);
  }
  view.suspects.forEach((suspect, index) => {
    markOf(suspect.entryId).suspectRank = index + 1;
  });
  return marks;
}

/** A log burst's line count and first/last times, read from the body the log importer writes. */
export function readLogBurst(
  entry: TimelineEntry,
): { count: number; first: string; last: string } | null {
  if (entry.kind !== 'log') return null;
  const match = /^Lines: ([\d,]+) from (\S+) to (\S+)/m.exec(entry.body);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  return { count: Number(match[1].replaceAll(',', '')), first: match[2], last: match[3] };
}

/** The DOM id of an entry's row, for "set by" links. */
export const entryAnchor = (id: string) => `entry-${id}`;
