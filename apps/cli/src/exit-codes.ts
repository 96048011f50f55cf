/** Exit codes of DESIGN §3: success, findings or failed checks, usage or input error. */
export const exitCode = { ok: 0, findings: 1, usage: 2 } as const;

/** An error the CLI reports as a usage/input error (exit 2) with its message only. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
