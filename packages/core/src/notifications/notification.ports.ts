import type { NotificationTarget } from '@aftermath/domain';

type EmailTarget = Extract<NotificationTarget, { type: 'email' }>;

/** A JSON POST to a webhook URL. */
export interface JsonPost {
  url: string;
  body: string;
  headers: Record<string, string>;
}

/** One plain-text e-mail. */
export interface MailMessage {
  smtp: EmailTarget['smtp'];
  from: string;
  to: readonly string[];
  subject: string;
  text: string;
  /** Ties the message to its delivery (a Message-ID-like header), for tracing. */
  deliveryId: string;
}

/**
 * How messages leave (implemented where I/O lives: the server). Each method resolves when the far
 * side accepted the message and throws otherwise: a `JobError` with `retryable: false` for answers
 * a retry will not change (HTTP 4xx, SMTP 5xx), with `retryAfterMs` when the far side said when;
 * any other error is retried with back-off.
 */
export interface NotificationTransport {
  postJson(request: JsonPost): Promise<void>;
  sendMail(message: MailMessage): Promise<void>;
}
