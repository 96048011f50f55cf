import { emptySections, type PostmortemDocument } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { parsePostmortemMarkdown, renderPostmortemMarkdown } from '../../src';
import { makeAction, makeDocument, makeEntry } from './document-factory';

function expectLossless(doc: PostmortemDocument): string {
  const text = renderPostmortemMarkdown(doc);
  const back = parsePostmortemMarkdown(text, 'incidents/INC-7.md');
  expect(back).toEqual(doc);
  expect(renderPostmortemMarkdown(back)).toBe(text);
  return text;
}

const trickySection = [
  '',
  'Starts after a blank line, ends with a newline.   ',
  '## Summary',
  '## Timeline',
  '\\## already escaped',
  '   ## indented heading',
  '| a | b |',
  '| --- | --- |',
  '| `x|y` | <br> |',
  '',
  '```sh',
  '## a shell comment',
  'grep -E "a|b" \\',
  '```',
  '<details><summary>HTML</summary>kept</details>',
  '<!-- aftermath:end -->',
  '',
].join('\n');

describe('Aftermath Markdown round trip', () => {
  it('renders a realistic postmortem that reads well and reads back unchanged', () => {
    const text = expectLossless(makeDocument());
    const lines = text.split('\n');
    expect(lines[0]).toBe('---');
    expect(lines[3]).toBe('severity: SEV2');
    expect(text).toContain('\n# INC-7: Checkout errors after a payment-gateway config push\n');
    expect(text).toContain('\n## Summary\n\nA configuration push lowered');
    expect(text.indexOf('## Lessons learned')).toBeLessThan(text.indexOf('## Timeline'));
    expect(text).toContain(
      '| 2026-03-04T09:07:30.000Z | s | no | alert | alertmanager | checkout-api | CheckoutErrorRateHigh firing | error rate 0.18 > 0.02 for 5m |  | yes |  |',
    );
    expect(text.endsWith('|\n')).toBe(true);
  });

  it('keeps tricky section text and table cells exactly', () => {
    const base = makeDocument();
    const doc = makeDocument({
      postmortem: base.postmortem && {
        ...base.postmortem,
        sections: { ...emptySections, summary: trickySection, impact: ' ', lessons: '\n' },
      },
      timeline: [
        makeEntry({
          title: 'pipe | and \\ backslash\nand newline',
          body: '  leading spaces, <br> literal, trailing tab\t',
          author: '',
          evidence: { evidenceId: 'ev:1#x', line: 3, byteOffset: 0, jsonPointer: '' },
        }),
      ],
      actions: [
        makeAction({
          title: '""',
          owner: '',
          rationale: 'multi\nline | rationale',
          status: 'wont_do',
          links: ['https://example.com/a?b=1|2', 'https://example.com/c'],
        }),
      ],
    });
    const text = expectLossless(doc);
    expect(text).toContain('\n\\## Summary\n');
    expect(text).toContain('| pipe \\| and \\\\ backslash<br>and newline |');
  });

  it('writes a document without a postmortem as incident, timeline and actions only', () => {
    const text = expectLossless(makeDocument({ postmortem: null, timeline: [], actions: [] }));
    expect(text).toContain('postmortem: null\n');
    expect(text).not.toContain('## Summary');
    expect(text).toContain('## Timeline\n\n| Time (UTC) |');
  });

  it('orders the timeline by time, keeping the order of entries at the same instant', () => {
    const first = makeEntry({ at: '2026-03-04T09:00:00.000Z', title: 'first' });
    const second = makeEntry({ at: '2026-03-04T09:00:00.000Z', title: 'second' });
    const earlier = makeEntry({ at: '2026-03-04T08:00:00.000Z', title: 'earlier' });
    const text = renderPostmortemMarkdown(makeDocument({ timeline: [first, second, earlier] }));
    const titles = parsePostmortemMarkdown(text, 'x.md').timeline.map((e) => e.title);
    expect(titles).toEqual(['earlier', 'first', 'second']);
  });
});

const handWritten = `---
key: INC-31
title: Login slow for EU users
severity: SEV3
status: resolved
type: degradation
services: [auth-api]
commander: Sam Lee
visibility: normal
tags: []
customerImpact:
  description: Logins took 8-12 s in eu-west.
  usersAffected: null
  requestsAffected: null
milestones:
  impactStartedAt: 2026-02-10T08:00:00+01:00
  detectedAt: 2026-02-10T07:20:00Z
  acknowledgedAt: null
  mitigatedAt: 2026-02-10T08:05:00Z
  resolvedAt: 2026-02-10T08:30:00Z
  closedAt: null
milestoneOrderOverride: null
createdAt: 2026-02-10T07:21:00Z
updatedAt: 2026-02-11T10:00:00Z
postmortem:
  owner: Sam Lee
  status: draft
  template: lightweight
  createdAt: 2026-02-10T09:00:00Z
  updatedAt: 2026-02-11T10:00:00Z
---
# Login slowness

## summary


The OCSP responder for our certificate slowed down, and every login waited on it.


## ROOT CAUSES ##
Revocation checks ran inline on the login path.

## Timeline
| Time | Event |
|------|-------|
| 2026-02-10T07:20:00Z | p95 latency alert |
| 2026-02-10T08:00:00+01:00 | Latency starts rising |

## Action Items

| Action | Owner | Due date |
|:--|:--|--:|
| Cache OCSP responses | auth-team | 2026-03-01 |
`;

describe('hand-written files', () => {
  it('are read leniently: any heading case, missing sections, extra blank lines, few columns', () => {
    const doc = parsePostmortemMarkdown(handWritten, 'INC-31.md');
    expect(doc.incident.milestones.impactStartedAt).toBe('2026-02-10T07:00:00.000Z');
    expect(doc.postmortem?.sections.summary).toBe(
      'The OCSP responder for our certificate slowed down, and every login waited on it.',
    );
    expect(doc.postmortem?.sections.rootCauses).toBe(
      'Revocation checks ran inline on the login path.',
    );
    expect(doc.postmortem?.sections.impact).toBe('');
    expect(doc.timeline.map((e) => [e.at, e.title, e.kind, e.source])).toEqual([
      ['2026-02-10T07:00:00.000Z', 'Latency starts rising', 'note', 'manual'],
      ['2026-02-10T07:20:00.000Z', 'p95 latency alert', 'note', 'manual'],
    ]);
    expect(doc.actions).toEqual([
      makeAction({
        title: 'Cache OCSP responses',
        type: 'prevent',
        priority: 'P2',
        owner: 'auth-team',
        dueDate: '2026-03-01',
        verificationCriteria: '',
      }),
    ]);
  });

  it('re-render deterministically and then round-trip exactly', () => {
    const text = renderPostmortemMarkdown(parsePostmortemMarkdown(handWritten, 'INC-31.md'));
    expect(renderPostmortemMarkdown(parsePostmortemMarkdown(text, 'INC-31.md'))).toBe(text);
    expect(text).toContain('\n## Impact\n\n## Trigger\n');
  });

  it('are read the same when saved with Windows line endings', () => {
    const crlf = handWritten.replace(/\n/g, '\r\n');
    expect(parsePostmortemMarkdown(crlf, 'INC-31.md')).toEqual(
      parsePostmortemMarkdown(handWritten, 'INC-31.md'),
    );
  });
});
