import { describe, expect, it } from 'vitest';
import { readTrackerEvent } from './read-tracker-event';

// Webhook bodies as the trackers document them, reduced to the fields Aftermath reads.

describe('tracker webhook bodies', () => {
  it('reads a GitHub issues event, closed for any reason as done', () => {
    const body = {
      action: 'closed',
      issue: { number: 7, state: 'closed', state_reason: 'not_planned', html_url: 'https://x/7' },
      repository: { full_name: 'acme/api' },
    };
    expect(readTrackerEvent('github', body)).toEqual({
      ref: 'acme/api#7',
      state: 'done',
      status: 'closed',
      url: 'https://x/7',
    });
  });

  it('maps Jira status categories and Linear state types', () => {
    const jira = (key: string) => ({
      webhookEvent: 'jira:issue_updated',
      issue: { key: 'OPS-4', fields: { status: { name: 'Review', statusCategory: { key } } } },
    });
    expect(readTrackerEvent('jira', jira('new'))?.state).toBe('open');
    expect(readTrackerEvent('jira', jira('indeterminate'))?.state).toBe('in_progress');
    expect(readTrackerEvent('jira', jira('done'))).toMatchObject({
      ref: 'OPS-4',
      status: 'Review',
    });
    const linear = (type: string) => ({
      type: 'Issue',
      data: { identifier: 'ENG-2', state: { name: type, type } },
    });
    expect(readTrackerEvent('linear', linear('triage'))?.state).toBe('open');
    expect(readTrackerEvent('linear', linear('started'))?.state).toBe('in_progress');
    expect(readTrackerEvent('linear', linear('canceled'))?.state).toBe('done');
    expect(readTrackerEvent('linear', linear('paused'))?.state).toBe('unknown');
  });

  it('ignores what is not about an issue: a GitHub ping, a Linear comment, a non-object', () => {
    expect(
      readTrackerEvent('github', { zen: 'Keep it logically awesome.', hook_id: 1 }),
    ).toBeNull();
    expect(readTrackerEvent('linear', { type: 'Comment', data: { id: 'c1' } })).toBeNull();
    expect(readTrackerEvent('jira', [])).toBeNull();
  });
});
