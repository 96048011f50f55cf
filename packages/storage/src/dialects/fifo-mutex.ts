/**
 * A lock handed to waiters in arrival order. Kysely's SQLite driver guards its one connection
 * with a lock every waiter re-checks whenever it is released: with fifty requests waiting, each
 * release wakes all fifty for one to win, and the wake-ups grow with the square of the queue.
 * Here a release wakes exactly the next waiter, which then holds the lock.
 */
export class FifoMutex {
  #locked = false;
  readonly #waiters: (() => void)[] = [];

  /** Resolves once the caller holds the lock. */
  lock(): Promise<void> {
    if (!this.#locked) {
      this.#locked = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Hands the lock to the longest waiter, or frees it when nobody waits. */
  unlock(): void {
    const next = this.#waiters.shift();
    if (next === undefined) this.#locked = false;
    else next();
  }
}
