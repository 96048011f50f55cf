import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../integration/support/server-process';
import { runCli } from './run-cli';

const deploys = [
  {
    service: 'checkout-api',
    version: '1.4.2',
    who: 'ci-bot',
    when: '2026-03-01T11:52:00Z',
    kind: 'deploy',
  },
  {
    service: 'checkout-api',
    version: 'limits@7',
    who: 'dana',
    when: '2026-03-01T12:03:00Z',
    kind: 'config',
  },
];

describe('aftermath in remote mode (--server with a token)', { timeout: 240_000 }, () => {
  let dir: string;
  let server: ServerProcess;
  let readToken: string;
  let key: string;
  const remote = (token: string) => ({ AFTERMATH_SERVER: server.url, AFTERMATH_TOKEN: token });
  const run = (args: string[], token = server.token) => runCli(args, { env: remote(token) });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-remote-'));
    server = await startServerProcess(join(dir, 'data'));
    const created = await server.request('/api/v1/incidents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Checkout latency',
        severity: 'SEV2',
        services: ['checkout-api'],
      }),
    });
    key = ((await created.json()) as { key: string }).key;
    const token = await server.request('/api/v1/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scope: 'read', description: 'remote-mode test' }),
    });
    readToken = ((await token.json()) as { token: string }).token;
    await writeFile(join(dir, 'deploys.jsonl'), deploys.map((d) => JSON.stringify(d)).join('\n'));
  });

  afterAll(async () => {
    await server?.kill();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('lists, shows, searches and measures through the API with a read token', async () => {
    const list = await run(['incident', 'list', '--json'], readToken);
    expect(list.stderr).toBe('');
    expect(list.code).toBe(0);
    expect(
      (JSON.parse(list.stdout) as { items: { key: string }[] }).items.map((i) => i.key),
    ).toEqual([key]);

    const show = await run(['incident', 'show', key, '--json'], readToken);
    expect(JSON.parse(show.stdout)).toMatchObject({ key, title: 'Checkout latency' });

    const search = await run(['search', 'checkout', '--json'], readToken);
    expect(search.code).toBe(0);
    expect((JSON.parse(search.stdout) as { items: { key: string }[] }).items[0]?.key).toBe(key);

    const metrics = await run(['metrics', '--json'], readToken);
    expect(metrics.code).toBe(0);
    expect(JSON.parse(metrics.stdout)).toBeTypeOf('object');
  });

  it('imports evidence with a write token and the timeline shows it', async () => {
    const imported = await run(['import', join(dir, 'deploys.jsonl'), '--incident', key, '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject([{ name: 'deploys.jsonl', entriesAdded: 2 }]);

    const timeline = await run(['timeline', key, '--json'], readToken);
    const view = JSON.parse(timeline.stdout) as { entries: { title: string }[] };
    expect(view.entries.map((e) => e.title).join('\n')).toContain('limits@7');
  });

  it('passes on the server’s 403 when a read token tries to write, and nothing is added', async () => {
    const direct = await fetch(`${server.url}/api/v1/incidents/${key}/evidence?name=x`, {
      method: 'POST',
      headers: { authorization: `Bearer ${readToken}`, 'content-type': 'application/octet-stream' },
      body: 'x',
    });
    expect(direct.status).toBe(403);
    const entries = async () => {
      const timeline = await run(['timeline', key, '--json'], readToken);
      return (JSON.parse(timeline.stdout) as { entries: unknown[] }).entries.length;
    };
    const before = await entries();
    const refusal = ((await direct.json()) as { error: { message: string } }).error.message;

    const imported = await run(
      ['import', join(dir, 'deploys.jsonl'), '--incident', key],
      readToken,
    );
    expect(imported.code).toBe(2);
    expect(imported.stderr).toContain(refusal);
    expect(imported.stderr).toContain(server.url);
    expect(await entries()).toBe(before);
  });

  it('refuses a local-only command and a server without a token with usage errors', async () => {
    const backup = await run(['backup', join(dir, 'copy.db')]);
    expect(backup.code).toBe(2);
    expect(backup.stderr).toContain('`aftermath backup` works only on the database directly');

    const flags = await runCli(['incident', 'list', '--server', server.url], {
      env: { AFTERMATH_SERVER: '', AFTERMATH_TOKEN: '' },
    });
    expect(flags.code).toBe(2);
    expect(flags.stderr).toContain('--token / AFTERMATH_TOKEN: required with --server');

    const wrong = await runCli([
      'incident',
      'list',
      '--server',
      server.url,
      '--token',
      'amt_nope_nope',
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('The API token is unknown, revoked or expired');
  });
});
