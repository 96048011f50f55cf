import {
  createActionItemInput,
  parseOrThrow,
  type ActionStatus,
  type IncidentKey,
  type PostmortemStatus,
  type Principal,
  type RootCauseAnalysis,
} from '@aftermath/domain';
import { createAction, updateAction } from '../actions';
import { savePostmortem, transitionPostmortem } from '../postmortems';
import { getReviewState, requestReviewers, submitReview } from '../review';
import type { Context } from '../context';
import { demoUsers } from './demo-directory';
import type { DemoClock } from './demo-clock';
import type { DemoAction, DemoPostmortem, DemoRca } from './demo-incident';

/** The demo's analysis with cited titles turned into the ids the entries got. */
function resolveDemoRca(rca: DemoRca, entryIds: ReadonlyMap<string, string>): RootCauseAnalysis {
  const idOf = (title: string) => {
    const id = entryIds.get(title);
    if (id === undefined) throw new Error(`demo RCA cites "${title}", which is no timeline entry`);
    return id;
  };
  return {
    trigger: rca.trigger,
    rootCauses: rca.rootCauses,
    factors: rca.factors.map((factor, i) => ({
      id: `f${i + 1}`,
      category: factor.category,
      description: factor.description,
      entryIds: factor.cites.map(idOf),
    })),
    whys: rca.whys.map((chain, i) => ({
      id: `w${i + 1}`,
      problem: chain.problem,
      links: chain.links.map((link) => ({
        why: link.why,
        answer: link.answer,
        evidence: link.cites.map((title) => ({ entryId: idOf(title) })),
      })),
    })),
  };
}

/** Review steps from a fresh draft to each postmortem status. */
const reviewPath: Record<PostmortemStatus, PostmortemStatus[]> = {
  draft: [],
  in_review: ['in_review'],
  approved: ['in_review', 'approved'],
  published: ['in_review', 'approved', 'published'],
  closed: ['in_review', 'approved', 'published', 'closed'],
};

/** Writes the postmortem at `draftedAt`, then takes it through review, two days per step. */
export async function loadDemoPostmortem(
  principal: Principal,
  key: IncidentKey,
  demo: DemoPostmortem,
  clock: DemoClock,
  draftedAt: Date,
  entryIds: ReadonlyMap<string, string>,
): Promise<void> {
  let postmortem = await savePostmortem(clock.ctxAt(draftedAt), principal, key, null, {
    owner: demo.owner,
    sections: demo.sections,
    ...(demo.rca ? { rca: resolveDemoRca(demo.rca, entryIds) } : {}),
  });
  let stepAt = draftedAt;
  for (const to of reviewPath[demo.status]) {
    stepAt = clock.later(stepAt, 2);
    if (to === 'approved') {
      await approveAsDemoReviewers(clock.ctxAt(clock.later(stepAt, -1)), principal, key);
      const reviewed = await clock.ctxAt(stepAt).store.postmortems.get(key);
      if (reviewed) postmortem = reviewed;
    }
    postmortem = await transitionPostmortem(
      clock.ctxAt(stepAt),
      principal,
      key,
      postmortem.version,
      { to },
    );
  }
}

/**
 * Asks as many demo reviewers as the policy requires for the incident's severity and records
 * their approvals, as those people: the demo's history shows who reviewed, never the loader.
 */
async function approveAsDemoReviewers(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<void> {
  const state = await getReviewState(ctx, principal, key);
  const reviewers = demoUsers
    .filter((user) => user.role === 'reviewer' || user.role === 'admin')
    .map((user) => user.username)
    .filter((name) => name !== state.owner && name !== state.commander)
    .slice(0, state.required);
  await requestReviewers(ctx, principal, key, { reviewers, teams: [] });
  for (const reviewer of reviewers) {
    await submitReview(ctx, { ...principal, username: reviewer }, key, {
      decision: 'approve',
      note: '',
    });
  }
}

/** Status steps from `open` to each action status, following the action lifecycle. */
const actionPath: Record<ActionStatus, ActionStatus[]> = {
  open: [],
  in_progress: ['in_progress'],
  done: ['in_progress', 'done'],
  verified: ['in_progress', 'done', 'verified'],
  wont_do: ['wont_do'],
};

/** Adds the actions at `createdAt` as open, then moves each to its status, four days per step. */
export async function loadDemoActions(
  principal: Principal,
  key: IncidentKey,
  actions: DemoAction[],
  clock: DemoClock,
  createdAt: Date,
): Promise<void> {
  for (const demo of actions) {
    const { dueInDays, status, ...rest } = demo;
    const input = parseOrThrow(
      createActionItemInput,
      { ...rest, dueDate: dueInDays === null ? null : clock.dateAfter(dueInDays), status: 'open' },
      `demo action "${demo.title}"`,
    );
    let action = await createAction(clock.ctxAt(createdAt), principal, key, input);
    let stepAt = createdAt;
    for (const next of actionPath[status]) {
      stepAt = clock.later(stepAt, 4);
      action = await updateAction(clock.ctxAt(stepAt), principal, action.id, action.version, {
        status: next,
      });
    }
  }
}
