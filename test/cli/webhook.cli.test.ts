import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

// Assembled at run time so no whole secret sits in a committed file.
const secret = ['cli', 'webhook', 'secret', '424242'].join('-');

describe('aftermath webhook', { timeout: 240_000 }, () => {
  let dir: string;
  let data: string[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-webhook-'));
    data = ['--data', join(dir, 'data')];
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('sets secrets from stdin or the environment and never prints them', async () => {
    const fromStdin = await runCli(['webhook', 'secret', 'github', ...data, '--json'], {
      input: `${secret}\n`,
    });
    expect(fromStdin.code).toBe(0);
    expect(JSON.parse(fromStdin.stdout)).toMatchObject({ source: 'github', secretSet: true });
    const fromEnv = await runCli(
      ['webhook', 'secret', 'alertmanager', '--from-env', 'AM_TOKEN', ...data],
      { env: { AM_TOKEN: secret } },
    );
    expect(fromEnv.code).toBe(0);
    const list = await runCli(['webhook', 'list', ...data]);
    expect(list.stdout).toMatch(/alertmanager\s+bearer\s+secret set/);
    expect(list.stdout).toMatch(/pagerduty\s+hmac-sha256\s+no secret: refuses deliveries/);
    expect(`${fromStdin.stdout}${fromEnv.stdout}${list.stdout}`).not.toContain(secret);
  });

  it('refuses a short secret and a missing variable with exit 2', async () => {
    const short = await runCli(['webhook', 'secret', 'grafana', ...data], { input: 'abc' });
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('secret: must be 16 to 1024 characters');
    const unset = await runCli(['webhook', 'secret', 'grafana', '--from-env', 'NOPE_X', ...data]);
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('NOPE_X is not set');
  });

  it('replaces routing rules from a YAML file, naming file, line and field of a mistake', async () => {
    const good = join(dir, 'routing.yaml');
    await writeFile(
      good,
      'rules:\n  - name: pages\n    match: {severity: critical}\n    open: true\n',
    );
    const set = await runCli(['webhook', 'rules', good, ...data, '--json']);
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({ rules: [{ name: 'pages', severity: 'SEV2' }] });
    const bad = join(dir, 'bad.yaml');
    await writeFile(bad, 'rules:\n  - name: pages\n    severity: SEV7\n');
    const refused = await runCli(['webhook', 'rules', bad, ...data]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('bad.yaml:3: rules.0.severity');
    const shown = await runCli(['webhook', 'rules', ...data]);
    expect(shown.stdout).toContain('name: pages');
  });
});
