import type { TimelineKind } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { readEntryStatus } from './entry-status';
import { formatTitleTag, readTitleTags } from './title-tags';

describe('readEntryStatus', () => {
  const cases: Array<[TimelineKind, string, string | null, string | null]> = [
    // kind, title, expected status, expected basis
    ['alert', '[FIRING:3] HighErrorRate checkout-api', 'firing', 'tag'],
    ['alert', '[RESOLVED] HighErrorRate checkout-api', 'resolved', 'tag'],
    ['page', '[ACKNOWLEDGED] Checkout down', 'acknowledged', 'tag'],
    ['page', '[info] Note added: restarting pods', 'info', 'tag'],
    ['chat', '[ACKNOWLEDGED] I have the pager', 'acknowledged', 'tag'],
    ['status', '[MONITORING] A fix has been implemented', 'monitoring', 'tag'],
    ['deploy', '[DEPLOY][ROLLBACK] checkout-api v41', 'rollback', 'tag'],
    ['log', '[ERROR] db timeout ×312', 'error', 'tag'],
    ['note', '[SYMPTOM] Customers report failed payments', 'symptom', 'tag'],
    ['alert', 'ApiAvailabilityBurn resolved; 429 share back to 0.3%', 'resolved', 'word'],
    ['page', 'Page acknowledged by kwame.mensah', 'acknowledged', 'word'],
    ['alert', 'Alert firing again after it resolved', 'firing', 'word'],
    ['alert', 'HighLatency not yet resolved', 'firing', 'kind'],
    ['alert', 'HighLatency unresolved', 'firing', 'kind'],
    ['page', 'Paged edge on-call', 'firing', 'kind'],
    ['status', 'Status page: resolved', 'resolved', 'word'],
    ['status', 'Status page: elevated API errors', 'investigating', 'kind'],
    ['status', 'Identified - we are monitoring the fix rollout', 'identified', 'word'],
    ['change', 'Config rollback to revision 211 started', 'rollback', 'word'],
    ['deploy', 'Rolled back checkout-api to v41', 'rollback', 'word'],
    ['deploy', 'checkout-api v42 to production', null, null],
    ['log', 'rate-limiter: unknown field "unit" ignored', null, null],
    ['log', 'payment failed with Exception: timeout', 'error', 'word'],
    ['platform', 'Pod checkout-7f9 OOMKilled', 'error', 'word'],
    ['chat', 'Users are reporting blank checkout pages', 'symptom', 'word'],
    ['chat', 'The deploy resolved nothing, still firing', null, null],
    ['note', 'Looks resolved to me', null, null],
  ];

  it.each(cases)('%s "%s" → %s (%s)', (kind, title, status, basis) => {
    const reading = readEntryStatus({ kind, title });
    expect(reading?.status ?? null).toBe(status);
    expect(reading?.basis ?? null).toBe(basis);
  });

  it('names what matched so the UI can show it', () => {
    expect(readEntryStatus({ kind: 'alert', title: '[Firing:2] X' })?.matched).toBe('[FIRING]');
    expect(readEntryStatus({ kind: 'page', title: 'Incident ACKED by ana' })?.matched).toBe(
      'ACKED',
    );
  });
});

describe('title tags', () => {
  it('reads only leading tags and strips them', () => {
    expect(readTitleTags('[DEPLOY] [Rollback:1] api v41')).toEqual({
      tags: ['deploy', 'rollback'],
      rest: 'api v41',
    });
    expect(readTitleTags('api [FIRING]').tags).toEqual([]);
  });

  it('writes tags that read back', () => {
    const title = `${formatTitleTag('firing', 3)} HighErrorRate`;
    expect(title).toBe('[FIRING:3] HighErrorRate');
    expect(readEntryStatus({ kind: 'alert', title })?.status).toBe('firing');
    expect(() => formatTitleTag('not a tag')).toThrow(/not a tag word/);
  });
});
