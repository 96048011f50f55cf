import { describe, expect, it } from 'vitest';
import { FifoMutex } from '../src/dialects/fifo-mutex';

describe('FIFO mutex guarding the SQLite connection', () => {
  it('hands the lock to waiters in the order they asked, one holder at a time', async () => {
    const mutex = new FifoMutex();
    const order: number[] = [];
    let holders = 0;
    const take = async (n: number) => {
      await mutex.lock();
      holders += 1;
      expect(holders).toBe(1);
      order.push(n);
      await new Promise((resolve) => setImmediate(resolve));
      holders -= 1;
      mutex.unlock();
    };
    await Promise.all(Array.from({ length: 20 }, (_, n) => take(n)));
    expect(order).toEqual(Array.from({ length: 20 }, (_, n) => n));
  });

  it('is free again once the last holder lets go', async () => {
    const mutex = new FifoMutex();
    await mutex.lock();
    mutex.unlock();
    let got = false;
    void mutex.lock().then(() => {
      got = true;
    });
    await Promise.resolve();
    expect(got).toBe(true);
  });
});
