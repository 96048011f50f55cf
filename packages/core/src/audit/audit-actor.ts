import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from '@aftermath/domain';

const actors = new AsyncLocalStorage<string>();

/** Who the audit log names for a principal: the username, else its kind (`system`, `anonymous`). */
export function auditActorOf(principal: Principal): string {
  return principal.username ?? principal.kind;
}

/**
 * Runs `work` with every change it makes recorded as done by `principal`. The server wraps each
 * request in it; outside any (the local CLI, jobs) changes are recorded as `system`.
 */
export function runAsActor<T>(principal: Principal, work: () => Promise<T>): Promise<T> {
  return actors.run(auditActorOf(principal), work);
}

/** The actor of the change being made now. */
export function currentAuditActor(): string {
  return actors.getStore() ?? 'system';
}
