import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'apps/*/src/**/*.test.ts',
      'apps/*/test/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll gives up after one second by default; on a loaded two-core CI machine a page
    // can take longer than that to render, and a test should wait as long as a person would.
    expect: { poll: { timeout: 10_000 } },
    pool: 'forks',
    // Many suites wait on child processes, servers and the browser rather than the CPU: on a
    // two-core CI machine one worker per core left half the run idle.
    maxWorkers: Number(process.env.AFTERMATH_TEST_WORKERS ?? 3),
    globalSetup: ['test/setup/realdata.global-setup.ts', 'test/setup/cli-bundle.global-setup.ts'],
    reporters: ['default'],
  },
});
