import { JobError, type MailMessage } from '@aftermath/core';
import nodemailer from 'nodemailer';

const timeoutMs = 15_000;

function smtpReplyCode(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('responseCode' in error)) return undefined;
  return typeof error.responseCode === 'number' ? error.responseCode : undefined;
}

/**
 * Sends one plain-text message over SMTP (STARTTLS when the server offers it; TLS from the start
 * when `secure`). A permanent SMTP reply (5xx: unknown mailbox, refused sender) is not retried;
 * temporary replies (4xx), refused connections and timeouts are.
 */
export async function sendSmtpMail(message: MailMessage): Promise<void> {
  const { smtp } = message;
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user === undefined ? {} : { auth: { user: smtp.user, pass: smtp.password ?? '' } }),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  try {
    await transport.sendMail({
      from: message.from,
      to: [...message.to],
      subject: message.subject,
      text: message.text,
      headers: { 'X-Aftermath-Delivery': message.deliveryId },
    });
  } catch (error) {
    const code = smtpReplyCode(error);
    const reason = error instanceof Error ? error.message : String(error);
    throw new JobError(`SMTP ${smtp.host}:${smtp.port}: ${reason}`, {
      retryable: code === undefined || code < 500,
      cause: error,
    });
  } finally {
    transport.close();
  }
}
