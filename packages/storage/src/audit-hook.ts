import {
  currentAuditActor,
  webhookRoutingTurnKey,
  type AuditRepository,
  type Repositories,
} from '@aftermath/core';
import type { Scope } from './scope';

// The one audit hook: every write method of every repository (by name: insert…, update…,
// upsert…, delete…, remove…, set…, save…, add…, revoke…) appends an audit record in the same
// transaction as the write, so a change and its record land together or not at all. Repositories
// added later are covered without touching this file. Left out: bookkeeping that is not a change
// of workspace data (sessions, sign-in throttling, the job queue, the search index, the metrics
// summary's derived facts) and the log.
const unaudited = new Set<string>([
  'sessions',
  'metrics',
  'loginAttempts',
  'jobs',
  'search',
  'audit',
  'blobReferences',
]);
// Settings rows that are bookkeeping, not configuration: every webhook delivery rewrites the
// routing-turn row only to queue concurrent deliveries one after the other (it holds the time of
// the latest delivery, which the delivery record itself keeps), so auditing it would add a record
// and a read per delivery that says nothing a person could act on.
const unauditedSettings = new Set<string>([webhookRoutingTurnKey]);
const writeMethod = /^(insert|update|upsert|delete|remove|set|save|add|revoke)/;
const secretKey = /password|secret|token$|^csrf/i;
/** Arrays longer than this are recorded as their length (a bulk import is one record). */
const largestRecordedArray = 50;

/** The value with secret-looking members replaced, and bulk arrays summarised. */
function redact(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length > largestRecordedArray) return { count: value.length };
    return value.map(redact);
  }
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, member]) => [
      key,
      secretKey.test(key) && member !== null ? '[redacted]' : redact(member),
    ]),
  );
}

/** The id a write is about: a string first argument, or the record's key, id or name. */
function targetOf(args: readonly unknown[]): string | null {
  const [first] = args;
  if (typeof first === 'string') return first;
  if (first === null || typeof first !== 'object') return null;
  const record = first as Record<string, unknown>;
  for (const field of ['key', 'id', 'name', 'username']) {
    if (typeof record[field] === 'string') return record[field];
  }
  const entry = record.entry as Record<string, unknown> | undefined;
  return typeof entry?.id === 'string' ? entry.id : null;
}

function afterOf(method: string, args: readonly unknown[]): unknown {
  if (method.startsWith('delete') || method.startsWith('remove')) return null;
  return redact(args.length === 1 ? args[0] : args);
}

type AnyMethod = (...args: unknown[]) => Promise<unknown>;

function auditedMethod(
  name: string,
  method: string,
  repo: Record<string, unknown>,
  scope: Scope,
  audit: AuditRepository,
): AnyMethod {
  const original = (repo[method] as AnyMethod).bind(repo);
  const get = typeof repo.get === 'function' ? (repo.get as AnyMethod).bind(repo) : null;
  return (...args) => {
    if (name === 'settings' && unauditedSettings.has(targetOf(args) ?? ''))
      return original(...args);
    return scope.atomically(async () => {
      const target = targetOf(args);
      const creates = method.startsWith('insert') || method.startsWith('add');
      const before = !creates && get !== null && target !== null ? await get(target) : null;
      const result = await original(...args);
      if (result === false) return result; // nothing was written (a duplicate, an unknown id)
      await audit.append({
        at: new Date().toISOString(),
        actor: currentAuditActor(),
        action: `${name}.${method}`,
        target: target ?? '',
        before: redact(before ?? null),
        after: afterOf(method, args),
      });
      return result;
    });
  };
}

/** The repositories with every write recorded in the audit log (see the comment above). */
export function withAuditLog(repos: Repositories, scope: Scope): Repositories {
  const out: Record<string, unknown> = { ...repos };
  for (const [name, repo] of Object.entries(repos) as [string, Record<string, unknown>][]) {
    if (unaudited.has(name)) continue;
    const wrapped: Record<string, unknown> = { ...repo };
    for (const method of Object.keys(repo)) {
      if (writeMethod.test(method) && typeof repo[method] === 'function') {
        wrapped[method] = auditedMethod(name, method, repo, scope, repos.audit);
      }
    }
    out[name] = wrapped;
  }
  return out as unknown as Repositories;
}
