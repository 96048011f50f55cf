import {
  createIncidentInput,
  createTimelineEntryInput,
  parseOrThrow,
  type Incident,
  type IncidentStatus,
  type MilestoneName,
  type Principal,
} from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { createIncident, updateIncident } from '../incidents';
import { addTimelineEntry } from '../timeline';
import { createDemoClock, type DemoClock } from './demo-clock';
import { demoServices, demoTeams, demoUsers } from './demo-directory';
import type { DemoIncident } from './demo-incident';
import { loadDemoActions, loadDemoPostmortem } from './load-demo-review';
import { demoIncidents } from './incidents';

/** What {@link loadDemoWorkspace} did: `loaded` is false when the instance already had incidents. */
export interface DemoLoadResult {
  loaded: boolean;
  incidents: number;
}

/**
 * Fills an empty instance with the demo workspace: teams, people, services and a handful of
 * realistic incidents with timelines, postmortems and action items, dated relative to
 * `ctx.clock()`. An instance that already has incidents is left untouched.
 *
 * Every record goes through the ordinary use cases, each in its own transaction (on SQLite a
 * transaction may only use its own repositories, so there is no outer one), so the demo obeys the
 * same rules as real data.
 */
export async function loadDemoWorkspace(
  ctx: Context,
  principal: Principal,
): Promise<DemoLoadResult> {
  authorize(principal, 'workspace.admin');
  const existing = await ctx.store.incidents.list({ limit: 1, offset: 0 });
  if (existing.total > 0) return { loaded: false, incidents: existing.total };
  await seedDirectory(ctx, principal);
  const now = ctx.clock();
  // Oldest first, so incident numbers follow the calendar.
  const ordered = [...demoIncidents].sort((a, b) => b.startedDaysAgo - a.startedDaysAgo);
  for (const demo of ordered) await loadIncident(ctx, principal, demo, now);
  return { loaded: true, incidents: ordered.length };
}

async function seedDirectory(ctx: Context, principal: Principal): Promise<void> {
  authorize(principal, 'service.write');
  for (const team of demoTeams) await ctx.store.directory.upsertTeam(team);
  for (const user of demoUsers) await ctx.store.directory.upsertUser(user);
  for (const service of demoServices) await ctx.store.services.upsert(service);
}

async function loadIncident(
  ctx: Context,
  principal: Principal,
  demo: DemoIncident,
  now: Date,
): Promise<void> {
  const clock = createDemoClock(ctx, demo, now);
  let incident = await createDemoIncident(principal, demo, clock);
  const entryIds = new Map<string, string>();
  for (const entry of demo.timeline) {
    const at = clock.at(entry.at);
    const input = parseOrThrow(
      createTimelineEntryInput,
      { ...entry, at: at.toISOString() },
      `demo "${demo.incident.title}" timeline`,
    );
    // Entries imported from before the incident was declared are recorded at declaration.
    const recordedAt = new Date(Math.max(at.getTime(), Date.parse(incident.createdAt)));
    const added = await addTimelineEntry(clock.ctxAt(recordedAt), principal, incident.key, input);
    entryIds.set(added.title, added.id);
  }
  incident = await advanceStatus(principal, incident, demo, clock, ['mitigated', 'resolved']);
  const settled = incident.milestones.resolvedAt ?? incident.milestones.mitigatedAt;
  const draftedAt = clock.later(settled ? new Date(settled) : clock.at(0), 1);
  if (demo.postmortem) {
    await loadDemoPostmortem(principal, incident.key, demo.postmortem, clock, draftedAt, entryIds);
  }
  await loadDemoActions(principal, incident.key, demo.actions, clock, draftedAt);
  await advanceStatus(principal, incident, demo, clock, ['closed']);
}

function milestoneAt(demo: DemoIncident, clock: DemoClock, name: MilestoneName): Date | null {
  const minutes = demo.milestones[name];
  return minutes === undefined ? null : clock.at(minutes);
}

async function createDemoIncident(
  principal: Principal,
  demo: DemoIncident,
  clock: DemoClock,
): Promise<Incident> {
  const iso = (name: MilestoneName) => milestoneAt(demo, clock, name)?.toISOString();
  const input = parseOrThrow(
    createIncidentInput,
    {
      ...demo.incident,
      milestones: {
        impactStartedAt: iso('impactStartedAt'),
        detectedAt: iso('detectedAt'),
        acknowledgedAt: iso('acknowledgedAt'),
      },
    },
    `demo "${demo.incident.title}"`,
  );
  const declaredAt =
    milestoneAt(demo, clock, 'acknowledgedAt') ??
    milestoneAt(demo, clock, 'detectedAt') ??
    clock.at(0);
  return createIncident(clock.ctxAt(declaredAt), principal, input);
}

const statusMilestone = {
  mitigated: 'mitigatedAt',
  resolved: 'resolvedAt',
  closed: 'closedAt',
} as const satisfies Partial<Record<IncidentStatus, MilestoneName>>;
type LaterStatus = keyof typeof statusMilestone;

const statusRank: Record<IncidentStatus, number> = {
  open: 0,
  mitigated: 1,
  resolved: 2,
  closed: 3,
};

/**
 * Moves the incident through each of `steps` that the demo reaches and has a milestone for,
 * stamping the demo's time (an incident resolved straight from open skips `mitigated`).
 */
async function advanceStatus(
  principal: Principal,
  incident: Incident,
  demo: DemoIncident,
  clock: DemoClock,
  steps: LaterStatus[],
): Promise<Incident> {
  let current = incident;
  for (const status of steps) {
    const name = statusMilestone[status];
    const at = milestoneAt(demo, clock, name);
    if (at === null || statusRank[status] > statusRank[demo.status]) continue;
    current = await updateIncident(clock.ctxAt(at), principal, current.key, current.version, {
      status,
      milestones: { [name]: at.toISOString() },
    });
  }
  return current;
}
