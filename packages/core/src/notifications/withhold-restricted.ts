import type { NotificationEvent, Principal } from '@aftermath/domain';
import type { Repositories } from '../ports';

// Notification targets are broadcast channels (a Slack channel, a webhook consumer, a mailing
// list): Aftermath cannot tell who reads them, so nothing of a restricted incident but its key
// and a link goes out. The link leads to Aftermath, which shows the incident only to those who
// may see it.

/**
 * The reader a broadcast is written for: signed in, on no team, named in no incident. Content
 * computed for a target (a periodic report) is computed as this principal, so restricted
 * incidents are neither listed nor counted in it.
 */
export const broadcastReader: Principal = {
  kind: 'user',
  username: null,
  role: 'viewer',
  scopes: ['read'],
};

/** What a target receives instead of a restricted incident's texts. */
export const withheldBody =
  'The details are withheld because this incident is restricted. Open it in Aftermath to read them (sign-in required).';

/**
 * The event as it may leave the workspace: unchanged when it names no incident or a normal one;
 * for a restricted incident the title says only the event and the key, and body and facts are
 * dropped. Reads the incident through `repos` (the caller's transaction, so an incident created
 * in it counts).
 *
 * @example
 * await withholdRestricted(tx, { kind: 'approval', title: 'INC-7 Leaked keys approved', incidentKey: 'INC-7', body: '', facts: {} })
 * // → { kind: 'approval', title: 'Restricted incident INC-7: approval', body: withheldBody, facts: {}, incidentKey: 'INC-7' }
 */
export async function withholdRestricted(
  repos: Pick<Repositories, 'incidents'>,
  event: NotificationEvent,
): Promise<NotificationEvent> {
  if (event.incidentKey === undefined) return event;
  const incident = await repos.incidents.get(event.incidentKey);
  if (incident?.visibility !== 'restricted') return event;
  return {
    ...event,
    title: `Restricted incident ${incident.key}: ${event.kind.replaceAll('_', ' ')}`,
    body: withheldBody,
    facts: {},
  };
}
