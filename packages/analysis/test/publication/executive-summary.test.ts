import { describe, expect, it } from 'vitest';
import { renderAtomFeed, summarizeForExecutives, type PublicDocument } from '../../src/publication';

function publicDocument(overrides: Partial<PublicDocument> = {}): PublicDocument {
  return {
    key: 'INC-7',
    title: 'Checkout errors',
    severity: 'SEV2',
    type: 'outage',
    services: ['checkout'],
    customerImpact: { description: '', usersAffected: null, requestsAffected: null },
    milestones: {
      impactStartedAt: '2026-11-19T09:00:00Z',
      detectedAt: null,
      acknowledgedAt: null,
      mitigatedAt: '2026-11-19T12:05:00Z',
      resolvedAt: null,
      closedAt: null,
    },
    sections: [],
    timeline: [],
    actions: [],
    ...overrides,
  };
}

describe('summarizeForExecutives', () => {
  it('says plainly what is not known yet instead of leaving a paragraph empty', () => {
    expect(summarizeForExecutives(publicDocument())).toEqual({
      impact: 'Checkout errors (SEV2). Impact lasted 3 h 5 min.',
      cause: 'The cause is still being analysed.',
      response: 'Follow-up actions have not been decided yet.',
    });
  });

  it('takes plain words from the sections and names the open actions', () => {
    const summary = summarizeForExecutives(
      publicDocument({
        sections: [
          {
            name: 'impact',
            title: 'Impact',
            text: '**Checkout** failed. Twice. Then a third time.',
          },
          {
            name: 'trigger',
            title: 'Trigger',
            text: 'A [config push](https://git.example/c/1) removed the host.',
          },
          { name: 'rootCauses', title: 'Root causes', text: '- No schema check on the file\n- x' },
        ],
        actions: [
          { title: 'Validate the config schema.', type: 'prevent', status: 'open' },
          { title: 'Alert on 5xx', type: 'detect', status: 'done' },
          { title: 'Rewrite everything', type: 'prevent', status: 'wont_do' },
        ],
      }),
    );
    expect(summary.impact).toBe('Checkout failed. Twice. Impact lasted 3 h 5 min.');
    expect(summary.cause).toBe('A config push removed the host. No schema check on the file.');
    expect(summary.response).toBe(
      '3 follow-up actions, 1 finished: Validate the config schema; Alert on 5xx.',
    );
  });
});

describe('renderAtomFeed', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    const feed = renderAtomFeed(
      {
        title: 'Postmortems',
        baseUrl: 'https://status.example/public/',
        now: '2026-11-20T00:00:00Z',
      },
      [
        {
          key: 'INC-7',
          title: '<script>alert(1)</script> & \u0007bell',
          severity: 'SEV2',
          publishedAt: '2026-11-19T00:00:00Z',
          updatedAt: '2026-11-19T01:00:00Z',
          summary: { impact: 'a', cause: 'b', response: 'c' },
        },
      ],
    );
    expect(feed).toContain(
      '<title>INC-7: &lt;script&gt;alert(1)&lt;/script&gt; &amp; bell</title>',
    );
    expect(feed).toContain('<updated>2026-11-19T01:00:00Z</updated>');
    expect(feed).not.toContain('\u0007');
  });
});
