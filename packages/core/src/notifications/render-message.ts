import type { NotificationEvent } from '@aftermath/domain';

// Pure renderers: one event in, the bytes a target receives out. The event's texts are already
// redacted when these run (see deliver-notification.ts).

/** Slack's limit for a section's text, in characters. */
const sectionLimit = 3000;

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** Slack mrkdwn treats &, < and > as control characters. */
function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * A Slack-compatible incoming-webhook message: Block Kit `blocks` (a section with title and body,
 * a section of fields for the facts, a context line) plus `text` as the fallback for
 * notifications and clients without blocks.
 */
export function renderSlackMessage(event: NotificationEvent): Record<string, unknown> {
  const head = `*${escapeMrkdwn(event.title)}*`;
  const body = event.body === '' ? '' : `\n${escapeMrkdwn(event.body)}`;
  const blocks: Record<string, unknown>[] = [
    { type: 'section', text: { type: 'mrkdwn', text: clip(head + body, sectionLimit) } },
  ];
  const facts = Object.entries(event.facts).slice(0, 10);
  if (facts.length > 0) {
    blocks.push({
      type: 'section',
      fields: facts.map(([label, value]) => ({
        type: 'mrkdwn',
        text: clip(`*${escapeMrkdwn(label)}*\n${escapeMrkdwn(value)}`, 2000),
      })),
    });
  }
  const context = ['Aftermath', event.kind.replaceAll('_', ' ')];
  if (event.incidentKey !== undefined) context.push(event.incidentKey);
  if (event.url !== undefined) context.push(`<${event.url}|Open in Aftermath>`);
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: context.join(' · ') }] });
  // Slack reads the fallback as mrkdwn too: a raw title could carry a <!channel> or a disguised link.
  return { text: clip(escapeMrkdwn(event.title), sectionLimit), blocks };
}

/** The JSON body of a generic webhook: the event with the delivery id, stable field names. */
export function renderWebhookBody(event: NotificationEvent, deliveryId: string): string {
  return JSON.stringify({
    id: deliveryId,
    event: event.kind,
    occurredAt: event.occurredAt ?? null,
    incidentKey: event.incidentKey ?? null,
    title: event.title,
    body: event.body,
    facts: event.facts,
    url: event.url ?? null,
  });
}

/** A plain-text e-mail: subject from the title, the body, the facts, then the link. */
export function renderEmail(event: NotificationEvent): { subject: string; text: string } {
  const lines: string[] = [];
  if (event.body !== '') lines.push(event.body, '');
  for (const [label, value] of Object.entries(event.facts)) lines.push(`${label}: ${value}`);
  if (event.url !== undefined) lines.push('', event.url);
  lines.push('', `— Aftermath (${event.kind.replaceAll('_', ' ')})`);
  const subject = `[Aftermath] ${event.title}`.replaceAll(/[\r\n]+/g, ' ');
  return { subject: clip(subject, 250), text: lines.join('\n').trim() + '\n' };
}
