import { DomainError, type IncidentKey } from '@aftermath/domain';
import type { Repositories } from '../ports';

/**
 * Refuses (409) writing a postmortem of its own for an incident a joint postmortem covers: its
 * analysis belongs in the joint document, and two documents would drift apart.
 */
export async function assertNotCovered(tx: Repositories, key: IncidentKey): Promise<void> {
  const link = await tx.postmortemLinks.get(key);
  if (link === null) return;
  const message = `${key} is covered by ${link.primaryKey}'s joint postmortem; write in that one, or unlink ${key} first`;
  throw new DomainError('conflict', message, [{ path: 'key', message }]);
}
