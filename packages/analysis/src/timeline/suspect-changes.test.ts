import { describe, expect, it } from 'vitest';
import { findSuspectChanges } from './suspect-changes';
import { makeEntry, minutesAfter } from './testing/entry-factory';

const impactStartedAt = minutesAfter(0);

const deploy = (id: string, at: number, service: string | null, title = `${id} release`) =>
  makeEntry(id, at, { kind: 'deploy', title, source: 'github', service });
const change = (id: string, at: number, service: string | null, title: string) =>
  makeEntry(id, at, { kind: 'change', title, source: 'config-sync', service });

const entries = [
  deploy('d-payments', -120, 'payments'),
  deploy('d-other', 0, 'billing'),
  change('c-unknown', 0, null, 'Raise pool size setting to 50'),
  deploy('m1', -60, 'checkout-api', '[MIGRATION] orders: add index on created_at'),
  deploy('d1', -60, 'checkout-api'),
  change('f1', -7, 'checkout-api', 'Enable flag new-checkout for 10%'),
  // Not suspects: after impact start, outside the 24 h window, changing nothing, not a change.
  deploy('d-after', 1, 'checkout-api'),
  deploy('q1', -2, 'checkout-api', '[INFO] checkout-api v43 queued'),
  deploy('d-old', -25 * 60, 'checkout-api'),
  makeEntry('chat', -3, { kind: 'chat', title: 'deploying now', source: 'slack' }),
  makeEntry('a1', 2, { kind: 'alert', title: '[FIRING] PaymentErrors', service: 'payments' }),
];

describe('findSuspectChanges', () => {
  it('ranks by proximity × service match, with hand-computed scores', () => {
    const suspects = findSuspectChanges(entries, { impactStartedAt, services: ['checkout-api'] });
    // 0.5^(7/60) = 0.9222; 1 × 0.6; 0.5^(60/60) = 0.5 twice (tie → id); 1 × 0.3; 0.5^2 × 1.
    expect(suspects.map((s) => [s.entryId, s.score, s.serviceMatch])).toEqual([
      ['f1', 0.922, 'same'],
      ['c-unknown', 0.6, 'unknown'],
      ['d1', 0.5, 'same'],
      ['m1', 0.5, 'same'],
      ['d-other', 0.3, 'other'],
      ['d-payments', 0.25, 'same'],
    ]);
  });

  it('says why in words people read', () => {
    const suspects = findSuspectChanges(entries, { impactStartedAt, services: ['checkout-api'] });
    const reasons = Object.fromEntries(suspects.map((s) => [s.entryId, s.reasons]));
    expect(reasons).toEqual({
      f1: ['feature flag changed 7 min before impact start', 'same service: checkout-api'],
      'c-unknown': ['config changed at impact start', 'service unknown'],
      d1: ['deployed 1 h before impact start', 'same service: checkout-api'],
      m1: ['migration ran 1 h before impact start', 'same service: checkout-api'],
      'd-other': [
        'deployed at impact start',
        'other service: billing (incident: checkout-api, payments)',
      ],
      'd-payments': [
        'deployed 2 h before impact start',
        'same service as the first alert: payments',
      ],
    });
    expect(suspects[0]).toMatchObject({
      at: minutesAfter(-7),
      kind: 'change',
      category: 'feature-flag',
      secondsBeforeImpact: 420,
      source: 'config-sync',
    });
  });

  it('looks back only windowHours and halves proximity every halfLifeMinutes', () => {
    const options = { impactStartedAt, services: ['checkout-api'], windowHours: 1.5 };
    const ids = findSuspectChanges(entries, options).map((s) => s.entryId);
    expect(ids).not.toContain('d-payments');
    expect(ids).toContain('d1');
    const slow = findSuspectChanges(entries, { ...options, halfLifeMinutes: 30 });
    expect(slow.find((s) => s.entryId === 'd1')?.score).toBe(0.25);
  });

  it('flags imprecise and zone-assumed times in the reasons', () => {
    const vague = makeEntry('v1', -30, {
      kind: 'deploy',
      title: 'checkout-api v7',
      source: 'deploy',
      service: 'checkout-api',
      precision: 'min',
      zoneAssumed: true,
    });
    const [suspect] = findSuspectChanges([vague], { impactStartedAt, services: [] });
    expect(suspect?.score).toBe(0.424); // 0.5^(30/60) × 0.6
    expect(suspect?.reasons).toEqual([
      'deployed 30 min before impact start',
      "changed checkout-api; the incident's services are unknown",
      'time known only to the minute',
      'time zone assumed (the source gave none)',
    ]);
  });

  it('finds nothing without an impact start, and names bad options', () => {
    expect(findSuspectChanges(entries, { impactStartedAt: null, services: [] })).toEqual([]);
    expect(() =>
      findSuspectChanges(entries, { impactStartedAt, services: [], windowHours: 0 }),
    ).toThrow('Invalid input: windowHours: expected a number greater than 0 and at most 720');
    expect(() => findSuspectChanges(entries, { impactStartedAt: 'noon', services: [] })).toThrow(
      /impactStartedAt: expected an ISO 8601 timestamp/,
    );
  });
});
