/** The dialects a storage-backed suite runs on. `postgres` is a real server or PGlite. */
export type TestDialect = 'sqlite' | 'postgres';

const allDialects: readonly TestDialect[] = ['sqlite', 'postgres'];

/** True when the environment says this is a CI run (`CI=true`, `CI=1`, …). */
export function isCi(env: Record<string, string | undefined> = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

/**
 * Every dialect, so each suite runs on each. Locally `AFTERMATH_TEST_DIALECTS=sqlite` narrows the
 * list for a quick loop; under CI a narrowed list is an error, because CI must never skip one.
 */
export function testDialects(env: Record<string, string | undefined> = process.env): TestDialect[] {
  const wanted = env.AFTERMATH_TEST_DIALECTS?.trim();
  if (wanted === undefined || wanted === '') return [...allDialects];
  const names = wanted.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !allDialects.includes(name as TestDialect));
  if (unknown.length > 0) {
    throw new Error(
      `AFTERMATH_TEST_DIALECTS: unknown dialect ${unknown.join(', ')}; use ${allDialects.join(', ')}`,
    );
  }
  const chosen = allDialects.filter((dialect) => names.includes(dialect));
  if (isCi(env) && chosen.length < allDialects.length) {
    throw new Error(
      'AFTERMATH_TEST_DIALECTS may not drop a dialect under CI: every suite runs on all',
    );
  }
  return chosen;
}
