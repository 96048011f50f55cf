import { renderEmail, renderSlackMessage, renderWebhookBody } from '@aftermath/core';
import { notificationEvent } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { xssPayloads } from './xss-payloads';

// Notifications leave as Slack mrkdwn, JSON and plain-text e-mail: none of them is HTML, so the
// danger is markup the receiver interprets (Slack's <url|label> links and <!channel> mentions,
// e-mail header injection). Each payload goes into every text of an event.
function eventWith(payload: string) {
  return notificationEvent.parse({
    kind: 'published',
    title: payload.slice(0, 300),
    body: payload,
    incidentKey: 'INC-1',
    facts: { Owner: payload.slice(0, 2000) },
  });
}

/** Every mrkdwn text of a Block Kit message. */
function mrkdwnTexts(message: Record<string, unknown>): string[] {
  const texts: string[] = [];
  JSON.stringify(message, (key, value: unknown) => {
    if (key === 'text' && typeof value === 'string') texts.push(value);
    return value;
  });
  return texts;
}

describe('notifications carry hostile text inertly', () => {
  it.each(xssPayloads)('Slack message of %s has no live markup', (payload) => {
    const message = renderSlackMessage(eventWith(payload));
    for (const text of mrkdwnTexts(message)) {
      // No raw angle bracket: Slack cannot see a link, a mention or a tag in it.
      expect(text).not.toMatch(/[<>]/);
      // Every ampersand starts one of the three entities Slack knows.
      expect(text.replaceAll(/&(amp|lt|gt);/g, '')).not.toContain('&');
    }
  });

  it.each(xssPayloads)('webhook body of %s is JSON with the text unchanged', (payload) => {
    const body = JSON.parse(renderWebhookBody(eventWith(payload), 'd1')) as Record<string, unknown>;
    expect(body.body).toBe(payload);
    expect(body.facts).toEqual({ Owner: payload });
  });

  it.each(xssPayloads)('e-mail of %s is plain text with a one-line subject', (payload) => {
    const mail = renderEmail(eventWith(`${payload}\r\nBcc: victim@example.com`));
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.text).toContain(payload);
  });
});
