import type { NotificationTransport } from '@aftermath/core';
import { postJson } from './http-post';
import { sendSmtpMail } from './smtp-mail';

/** The real way out: HTTP for Slack-compatible and generic webhooks, SMTP for e-mail. */
export function createNotificationTransport(): NotificationTransport {
  return { postJson, sendMail: sendSmtpMail };
}
