/**
 * Hands one connection to one user at a time, in arrival order. PGlite is a single session, so
 * every Kysely instance on the same PGlite must queue on the same mutex.
 */
export class ConnectionMutex {
  #tail: Promise<void> = Promise.resolve();
  #release: (() => void) | undefined;

  /** Resolves when the caller holds the connection. */
  async lock(): Promise<void> {
    const previous = this.#tail;
    let release: () => void = () => undefined;
    this.#tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    this.#release = release;
  }

  unlock(): void {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }
}
