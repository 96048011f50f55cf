import { createEmptyRca, emptySections, type PostmortemComment } from '@aftermath/domain';
import { describeEachDialect } from '@aftermath/storage/testing';
import { beforeEach, expect, it } from 'vitest';
import { anIncident, t0 } from './factories';

function aComment(overrides: Partial<PostmortemComment> = {}): PostmortemComment {
  return {
    id: 'c1',
    incidentKey: 'INC-1',
    parentId: null,
    anchor: { kind: 'section', section: 'impact' },
    author: 'bo',
    body: '@cy numbers?',
    mentions: ['cy'],
    resolved: false,
    resolvedBy: null,
    resolvedAt: null,
    createdAt: t0,
    updatedAt: t0,
    version: 1,
    ...overrides,
  };
}

const revision = (version: number, summary: string) => ({
  incidentKey: 'INC-1',
  version,
  author: version === 1 ? null : 'ana',
  savedAt: t0,
  owner: 'ana',
  template: 'default',
  sections: { ...emptySections, summary },
  rca: createEmptyRca(),
});

describeEachDialect('postmortem review storage', (suite) => {
  beforeEach(async () => {
    await suite.store().incidents.insert(anIncident());
  });

  it('keeps one request per person or team and the latest verdict per reviewer', async () => {
    const { reviews } = suite.store();
    const ask = { incidentKey: 'INC-1', requestedBy: 'ana', requestedAt: t0 } as const;
    expect(await reviews.addRequest({ ...ask, kind: 'user', name: 'bo' })).toBe(true);
    expect(await reviews.addRequest({ ...ask, kind: 'user', name: 'bo' })).toBe(false);
    expect(await reviews.addRequest({ ...ask, kind: 'team', name: 'bo' })).toBe(true);
    expect((await reviews.listRequests('INC-1')).map((r) => `${r.kind}:${r.name}`)).toEqual([
      'team:bo',
      'user:bo',
    ]);
    const verdict = {
      incidentKey: 'INC-1',
      reviewer: 'bo',
      decision: 'request_changes',
      note: 'numbers',
      postmortemVersion: 2,
      decidedAt: t0,
    } as const;
    await reviews.saveVerdict(verdict);
    await reviews.saveVerdict({ ...verdict, decision: 'approve', note: '', postmortemVersion: 4 });
    expect(await reviews.listVerdicts('INC-1')).toEqual([
      { ...verdict, decision: 'approve', note: '', postmortemVersion: 4 },
    ]);
    await expect(
      reviews.addRequest({ ...ask, incidentKey: 'INC-9', kind: 'user', name: 'x' }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('stores comments with their anchor and mentions, versioned', async () => {
    const { comments } = suite.store();
    await comments.insert(aComment());
    await comments.insert(
      aComment({
        id: 'c2',
        parentId: 'c1',
        anchor: { kind: 'timeline', entryId: 'e1' },
        mentions: [],
      }),
    );
    await expect(comments.insert(aComment())).rejects.toMatchObject({ code: 'conflict' });
    const resolved = aComment({ resolved: true, resolvedBy: 'cy', resolvedAt: t0, version: 2 });
    await comments.update(resolved, 1);
    await expect(comments.update({ ...resolved, version: 3 }, 1)).rejects.toMatchObject({
      code: 'version_mismatch',
    });
    expect(await comments.get('c1')).toEqual(resolved);
    expect((await comments.listByIncident('INC-1')).map((c) => [c.id, c.anchor.kind])).toEqual([
      ['c1', 'section'],
      ['c2', 'timeline'],
    ]);
  });

  it('appends revisions, never the same version twice, and reads them back whole', async () => {
    const { revisions } = suite.store();
    expect(await revisions.latestVersion('INC-1')).toBeNull();
    await revisions.append(revision(1, 'first'));
    await revisions.append(revision(3, 'third'));
    await expect(revisions.append(revision(3, 'again'))).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await revisions.latestVersion('INC-1')).toBe(3);
    expect(await revisions.get('INC-1', 1)).toEqual(revision(1, 'first'));
    expect(await revisions.get('INC-1', 2)).toBeNull();
    expect((await revisions.list('INC-1')).map((r) => r.sections.summary)).toEqual([
      'first',
      'third',
    ]);
  });
});
