import type { MaskWriter } from './mask-writer';

interface MemoEntry<T> {
  readonly key: string;
  readonly hash: number;
  readonly value: T;
  readonly next: MemoEntry<T> | undefined;
}

/** Map keys stay small integers (no boxed numbers); colliding entries chain. */
const SLOT_MASK = 0x3fffffff;

/**
 * Remembers a value per masked message and finds it straight from a finished
 * {@link MaskWriter} (its hash, then its characters), so a repeated message costs no string.
 */
export class MaskedMemo<T> {
  private readonly slots = new Map<number, MemoEntry<T>>();
  /** Messages remembered. */
  size = 0;

  /** The value remembered for the message the writer holds, if any. */
  get(writer: MaskWriter): T | undefined {
    const hash = writer.hash;
    for (let entry = this.slots.get(hash & SLOT_MASK); entry !== undefined; entry = entry.next) {
      if (entry.hash === hash && writer.equals(entry.key)) return entry.value;
    }
    return undefined;
  }

  /** Remembers `value` for `key`, the text of the writer whose hash is `hash`. */
  set(key: string, hash: number, value: T): void {
    const slot = hash & SLOT_MASK;
    this.slots.set(slot, { key, hash, value, next: this.slots.get(slot) });
    this.size += 1;
  }

  /** Forgets everything. */
  clear(): void {
    this.slots.clear();
    this.size = 0;
  }
}
