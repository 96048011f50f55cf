import { afterEach, beforeEach, describe } from 'vitest';
import { openTestStore, type TestStore } from './open-test-store';
import { testDialects, type TestDialect } from './test-dialects';

/** What a dialect's suite sees: its dialect, and the fresh store of the running test. */
export interface DialectSuite {
  dialect: TestDialect;
  store(): TestStore;
}

/**
 * Defines the same suite once per dialect; each test gets a fresh store, closed afterwards.
 *
 * @example
 * describeEachDialect('services', (suite) => {
 *   it('lists by name', async () => { await suite.store().services.list(); });
 * });
 */
export function describeEachDialect(name: string, define: (suite: DialectSuite) => void): void {
  for (const dialect of testDialects()) {
    describe(`${name} [${dialect}]`, () => {
      let current: TestStore | undefined;
      beforeEach(async () => {
        current = await openTestStore(dialect);
      });
      afterEach(async () => {
        await current?.close();
        current = undefined;
      });
      define({
        dialect,
        store() {
          if (current === undefined) throw new Error('store() is only available inside a test');
          return current;
        },
      });
    });
  }
}
