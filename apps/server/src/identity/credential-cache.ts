/** How long a resolved credential is believed without asking the database again. */
export const credentialCacheMs = 2000;

/** Beyond this many live credentials the cache starts over rather than grow. */
const maxEntries = 10_000;

/** What a lookup finds: the value and the credential's own end, or null when it is not valid. */
type Found<T> = { value: T; endsAt: number | null } | null;

interface Entry<T> {
  value: T;
  /** `performance.now()` after which the entry is asked again. */
  freshUntil: number;
  /** The server clock's epoch milliseconds when it was resolved (a test clock may jump). */
  resolvedAt: number;
  /** The credential's own end (session or token expiry), in epoch milliseconds, or null. */
  endsAt: number | null;
}

/**
 * Remembers resolved API tokens and sessions for {@link credentialCacheMs}, so a burst of reads
 * does not look the same credential up four times a request. Revocation stays prompt: every
 * request that may change something forgets everything once it has finished (sign-out, token
 * revocation, disabling an account, a role or membership change through the API), and a change
 * made outside this server (the CLI writing the database directly) applies within the TTL.
 * A lookup that started before a `forget` is not stored, so it cannot bring back what the change
 * ended. Concurrent reads of one key share one lookup: when an entry goes stale under load, a
 * hundred requests in flight ask the database once, not a hundred times.
 */
export interface CredentialCache<T> {
  /** The cached value of `key`, or the one `resolve` finds (kept only when not null). */
  read(key: string, now: number, resolve: () => Promise<Found<T>>): Promise<T | null>;
  /** Drops every entry, and every lookup still in flight. */
  forget(): void;
}

/**
 * A cache as described by {@link CredentialCache}. `now` is the server clock's epoch ms: an entry
 * is fresh for `ttlMs` of both real time and server time, so a test clock that jumps past an
 * idle timeout or an expiry is believed.
 */
export function createCredentialCache<T>(ttlMs = credentialCacheMs): CredentialCache<T> {
  const entries = new Map<string, Entry<T>>();
  // Lookups in progress, each shared by every read of its key until it settles.
  const pending = new Map<string, Promise<Found<T>>>();
  let generation = 0;
  const lookUp = (key: string, resolve: () => Promise<Found<T>>) => {
    const shared = pending.get(key);
    if (shared !== undefined) return shared;
    const lookup = resolve().finally(() => {
      if (pending.get(key) === lookup) pending.delete(key);
    });
    pending.set(key, lookup);
    return lookup;
  };
  return {
    async read(key, now, resolve) {
      const entry = entries.get(key);
      if (entry !== undefined) {
        const live = entry.endsAt === null || now < entry.endsAt;
        const age = now - entry.resolvedAt;
        const fresh = age >= 0 && age < ttlMs && performance.now() < entry.freshUntil;
        if (live && fresh) return entry.value;
        entries.delete(key);
      }
      const started = generation;
      const found = await lookUp(key, resolve);
      if (found === null) return null;
      if (started === generation && ttlMs > 0) {
        if (entries.size >= maxEntries) entries.clear();
        const freshUntil = performance.now() + ttlMs;
        entries.set(key, { value: found.value, freshUntil, resolvedAt: now, endsAt: found.endsAt });
      }
      return found.value;
    },
    forget() {
      generation++;
      entries.clear();
      // A read after this must not join a lookup that began before the change.
      pending.clear();
    },
  };
}
