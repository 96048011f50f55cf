import { notificationEvent } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { renderEmail, renderSlackMessage, renderWebhookBody } from './render-message';

const event = notificationEvent.parse({
  kind: 'deadline_near',
  title: 'INC-8 <draft> due in 12 h',
  body: 'Owner: ana & team',
  incidentKey: 'INC-8',
  facts: { Due: '2026-11-28T09:00:00.000Z' },
  url: 'https://aftermath.example/incidents/INC-8',
});

describe('message rendering', () => {
  it('escapes mrkdwn control characters in Block Kit texts and in the fallback', () => {
    const message = renderSlackMessage(event) as { text: string; blocks: unknown[] };
    // Slack formats the fallback `text` as mrkdwn as well, so it is escaped the same way.
    expect(message.text).toBe('INC-8 &lt;draft&gt; due in 12 h');
    expect(JSON.stringify(message.blocks)).toContain(
      '*INC-8 &lt;draft&gt; due in 12 h*\\nOwner: ana &amp; team',
    );
  });

  it('leaves out the facts section when there are no facts', () => {
    const bare = renderSlackMessage({ ...event, facts: {} }) as { blocks: { type: string }[] };
    expect(bare.blocks.map((b) => b.type)).toEqual(['section', 'context']);
  });

  it('keeps webhook field names stable and nulls for what the event lacks', () => {
    const body = JSON.parse(renderWebhookBody({ ...event, url: undefined }, 'd-1')) as unknown;
    expect(body).toEqual({
      id: 'd-1',
      event: 'deadline_near',
      occurredAt: null,
      incidentKey: 'INC-8',
      title: 'INC-8 <draft> due in 12 h',
      body: 'Owner: ana & team',
      facts: { Due: '2026-11-28T09:00:00.000Z' },
      url: null,
    });
  });

  it('puts no line break into an e-mail subject', () => {
    const mail = renderEmail({ ...event, title: 'two\r\nlines' });
    expect(mail.subject).toBe('[Aftermath] two lines');
    expect(mail.text).toContain(
      'Due: 2026-11-28T09:00:00.000Z\n\nhttps://aftermath.example/incidents/INC-8',
    );
  });
});
