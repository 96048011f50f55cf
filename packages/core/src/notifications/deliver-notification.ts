import {
  systemPrincipal,
  type NotificationEvent,
  type NotificationTarget,
} from '@aftermath/domain';
import type { Context } from '../context';
import type { Job } from '../jobs/job.ports';
import { JobError } from '../jobs/job-error';
import { redactWorkspaceText } from '../text-checks/check-text';
import type { NotificationJobPayload } from './enqueue-notification';
import type { NotificationTransport } from './notification.ports';
import { readNotificationTargets } from './notification-targets';
import { renderEmail, renderSlackMessage, renderWebhookBody } from './render-message';
import { signWebhookBody } from './sign-webhook';

async function redact(ctx: Context, text: string): Promise<string> {
  return (await redactWorkspaceText(ctx, systemPrincipal, text)).text;
}

/** The event with every human-readable text passed through the workspace's redaction. */
async function redactEvent(ctx: Context, event: NotificationEvent): Promise<NotificationEvent> {
  const facts: Record<string, string> = {};
  for (const [label, value] of Object.entries(event.facts)) {
    facts[await redact(ctx, label)] = await redact(ctx, value);
  }
  return {
    ...event,
    title: await redact(ctx, event.title),
    body: await redact(ctx, event.body),
    facts,
  };
}

async function send(
  transport: NotificationTransport,
  target: NotificationTarget,
  event: NotificationEvent,
  job: Job,
  now: Date,
): Promise<void> {
  switch (target.type) {
    case 'slack':
      return transport.postJson({
        url: target.url,
        body: JSON.stringify(renderSlackMessage(event)),
        headers: { 'content-type': 'application/json' },
      });
    case 'webhook': {
      const body = renderWebhookBody(event, job.id);
      const timestamp = Math.floor(now.getTime() / 1000);
      return transport.postJson({
        url: target.url,
        body,
        headers: {
          'content-type': 'application/json',
          'x-aftermath-event': event.kind,
          'x-aftermath-delivery': job.id,
          'x-aftermath-timestamp': String(timestamp),
          'x-aftermath-signature': signWebhookBody(target.secret, timestamp, body),
        },
      });
    }
    case 'email': {
      const { subject, text } = renderEmail(event);
      return transport.sendMail({
        smtp: target.smtp,
        from: target.from,
        to: target.to,
        subject,
        text,
        deliveryId: job.id,
      });
    }
  }
}

/**
 * Runs one delivery job: reads the target (as configured now), redacts the event's texts with the
 * workspace's rules, renders the message for the target's type and sends it. A target removed
 * since the event was queued fails the delivery for good.
 */
export async function deliverNotification(
  ctx: Context,
  transport: NotificationTransport,
  job: Job,
): Promise<void> {
  const payload = job.payload as NotificationJobPayload;
  const target = (await readNotificationTargets(ctx)).find((t) => t.name === payload.target);
  if (target === undefined) {
    throw new JobError(`notification target ${payload.target} no longer exists`, {
      retryable: false,
    });
  }
  const event = await redactEvent(ctx, payload.event);
  await send(transport, target, event, job, ctx.clock());
}
