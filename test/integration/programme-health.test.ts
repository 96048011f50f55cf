import { computeProgrammeHealth, type Context } from '@aftermath/core';
import {
  createEmptyRca,
  emptyMilestones,
  emptySections,
  systemPrincipal,
  type ActionItem,
  type Incident,
} from '@aftermath/domain';
import { describeEachDialect } from '@aftermath/storage/testing';
import { expect, it } from 'vitest';

// computeProgrammeHealth on real storage, with values worked out by hand. The clock stands at
// Friday 2026-11-27 10:00 UTC; with `weeks: 2` the window is the weeks of 11-16 and 11-23.

const now = new Date('2026-11-27T10:00:00.000Z');

function incident(n: number, impact: string, over: Partial<Incident> = {}): Incident {
  return {
    key: `INC-${n}`,
    title: `Incident ${n}`,
    severity: 'SEV2',
    status: 'resolved',
    type: 'outage',
    services: [],
    commander: null,
    visibility: 'normal',
    tags: [],
    customerImpact: { description: '', usersAffected: null, requestsAffected: null },
    milestones: { ...emptyMilestones, impactStartedAt: impact },
    milestoneOrderOverride: null,
    recurrenceOf: null,
    createdAt: impact,
    updatedAt: impact,
    version: 1,
    ...over,
  };
}

function action(id: string, key: string, over: Partial<ActionItem>): ActionItem {
  return {
    id,
    incidentKey: key,
    title: `Action ${id}`,
    type: 'prevent',
    priority: 'P2',
    owner: null,
    dueDate: null,
    status: 'open',
    verificationCriteria: '',
    rationale: null,
    links: [],
    createdAt: '2026-11-17T09:00:00.000Z',
    updatedAt: '2026-11-17T09:00:00.000Z',
    version: 1,
    ...over,
  };
}

describeEachDialect('programme health from stored records', (suite) => {
  it('counts findings, answered reviews, restricted review delay and recurrence after a fix', async () => {
    const store = suite.store();
    const ctx: Context = { store, clock: () => now, newId: () => crypto.randomUUID() };
    // INC-1 (week of 11-16): its prevent action was done on 11-18; INC-3 recurs on 11-24.
    await store.incidents.insert(incident(1, '2026-11-17T08:00:00.000Z'));
    await store.actions.insert(
      action('a1', 'INC-1', { status: 'done', updatedAt: '2026-11-18T12:00:00.000Z' }),
    );
    await store.postmortems.insert({
      incidentKey: 'INC-1',
      owner: null,
      status: 'draft',
      template: 'default',
      sections: {
        ...emptySections,
        summary: 'The deploy went out. Someone should have checked the dashboard first.',
      },
      rca: createEmptyRca(),
      createdAt: '2026-11-18T09:00:00.000Z',
      updatedAt: '2026-11-18T09:00:00.000Z',
      version: 1,
    });
    // INC-2 (restricted, week of 11-23): review asked of two people on 11-24 08:00, one approved
    // on 11-25 20:00 (36 h); the other never answered.
    await store.incidents.insert(
      incident(2, '2026-11-23T08:00:00.000Z', { visibility: 'restricted' }),
    );
    await store.postmortems.insert({
      incidentKey: 'INC-2',
      owner: null,
      status: 'in_review',
      template: 'default',
      sections: { ...emptySections, summary: 'The pool ran out of connections at 10:02.' },
      rca: createEmptyRca(),
      createdAt: '2026-11-23T12:00:00.000Z',
      updatedAt: '2026-11-23T12:00:00.000Z',
      version: 1,
    });
    for (const name of ['bo', 'di']) {
      await store.reviews.addRequest({
        incidentKey: 'INC-2',
        kind: 'user',
        name,
        requestedBy: null,
        requestedAt: '2026-11-24T08:00:00.000Z',
      });
    }
    await store.reviews.saveVerdict({
      incidentKey: 'INC-2',
      reviewer: 'bo',
      decision: 'approve',
      note: '',
      postmortemVersion: 1,
      decidedAt: '2026-11-25T20:00:00.000Z',
    });
    await store.incidents.insert(
      incident(3, '2026-11-24T08:00:00.000Z', { recurrenceOf: 'INC-1' }),
    );

    const health = await computeProgrammeHealth(ctx, systemPrincipal, { weeks: 2 });
    const signal = (id: string) => health.signals.find((s) => s.id === id);
    expect(health.periods).toEqual(['2026-11-16', '2026-11-23']);
    // One counterfactual ("should have") in INC-1, none in INC-2: 0.5 per postmortem.
    expect(signal('blameless-findings')).toMatchObject({ value: 0.5, n: 2, status: 'ok' });
    expect(signal('blameless-findings')?.trend.map((p) => p.value)).toEqual([1, 0]);
    expect(signal('review-participation')).toMatchObject({ value: 0.5, n: 2, status: 'warn' });
    expect(signal('security-review-delay')).toMatchObject({ value: 36, n: 1, status: 'ok' });
    // The fix of 11-18 is followed by INC-3 on 11-24: one of one fixed root causes recurred.
    expect(signal('false-rca')).toMatchObject({ value: 1, n: 1, status: 'alert' });
    expect(signal('false-rca')?.trend).toEqual([
      { period: '2026-11-16', value: 1, n: 1 },
      { period: '2026-11-23', value: null, n: 0 },
    ]);
    // Two postmortems in two weeks against three expected a week.
    expect(signal('over-reporting')?.value).toBeCloseTo(1 / 3);
  }, 120_000);
});
