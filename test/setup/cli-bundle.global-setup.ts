import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Builds the CLI bundle before the suites run, so the hundreds of `aftermath` child processes the
 * CLI, integration and browser tests start load one module instead of having tsx compile the
 * sources each time (about two seconds saved per process). The bin still falls back to the sources
 * when a file changes during the run, so a test never exercises stale code.
 */
export default function buildCliBundle(): void {
  execFileSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/build-cli.mjs')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
