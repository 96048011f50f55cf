import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '@aftermath/core';
import { startServer, type RunningServer } from '@aftermath/server';
import { openStore } from '@aftermath/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAdmin } from './support/test-admin';

// A real peer: Debian's Alertmanager sends its webhook notifications to a running Aftermath.
// Alerts posted to Alertmanager's API must arrive as timeline entries, then resolve.

const binary = '/usr/bin/prometheus-alertmanager';
const present = existsSync(binary);
if (!present && process.env.CI !== 'true') {
  console.warn(
    `\n${binary} is missing: the Alertmanager webhook test is SKIPPED.\n` +
      'Install it with `apt-get install prometheus-alertmanager` to run it.\n',
  );
}
// Assembled at run time so no whole token sits in a committed file.
const token = ['am', 'bearer', 'token', String(process.pid), 'x'.repeat(8)].join('-');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function alertmanagerConfig(webhookUrl: string): string {
  return `global:
  resolve_timeout: 5s
route:
  receiver: aftermath
  group_by: [alertname, service]
  group_wait: 1s
  group_interval: 1s
  repeat_interval: 1h
receivers:
  - name: aftermath
    webhook_configs:
      - url: ${webhookUrl}
        send_resolved: true
        http_config:
          authorization:
            type: Bearer
            credentials: ${token}
`;
}

/** Polls until `check` returns a value (not undefined), or fails after `ms` naming `what`. */
async function waitFor<T>(what: string, ms: number, check: () => Promise<T | undefined>) {
  const deadline = Date.now() + ms;
  let last: string | null = null;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}${last === null ? '' : ` (last error: ${last})`}`);
}

describe.skipIf(!present && process.env.CI !== 'true')('Alertmanager → Aftermath webhooks', () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let alertmanager: ChildProcess | undefined;
  let amUrl: string;
  let amLog = '';
  let authHeaders: Record<string, string> = {};

  beforeAll(async () => {
    // Under CI=true the binary is required: a missing one fails here instead of skipping.
    expect(existsSync(binary), `${binary} (apt-get install prometheus-alertmanager)`).toBe(true);
    dir = await mkdtemp(join(tmpdir(), 'aftermath-alertmanager-'));
    store = await openStore({ kind: 'sqlite', dataDir: join(dir, 'data') });
    server = await startServer({ store, port: 0, logLevel: 'silent' });
    ({ authHeaders } = await createTestAdmin(store));
    const api = (path: string, body: unknown) =>
      fetch(`${server.url}${path}`, {
        method: 'PUT',
        headers: { ...authHeaders, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await api('/api/v1/webhooks/sources/alertmanager', { secret: token })).status).toBe(
      200,
    );
    const rules = [
      { name: 'pages', match: { severity: 'critical' }, open: true, severity: 'SEV1' },
    ];
    expect((await api('/api/v1/webhooks/routing', { rules })).status).toBe(200);
    const config = join(dir, 'alertmanager.yml');
    await writeFile(config, alertmanagerConfig(`${server.url}/api/v1/webhooks/alertmanager`));
    const port = await freePort();
    amUrl = `http://127.0.0.1:${port}`;
    alertmanager = spawn(
      binary,
      [
        `--config.file=${config}`,
        `--storage.path=${join(dir, 'alertmanager')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--cluster.listen-address=',
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    alertmanager.stderr?.on('data', (chunk: Buffer) => (amLog += chunk.toString()));
    await waitFor(`Alertmanager to be ready (log: ${amLog})`, 15_000, async () => {
      const ready = await fetch(`${amUrl}/-/ready`);
      return ready.ok ? true : undefined;
    });
  }, 60_000);

  afterAll(async () => {
    if (alertmanager && alertmanager.exitCode === null) {
      const exited = new Promise((resolve) => alertmanager?.once('exit', resolve));
      alertmanager.kill('SIGTERM');
      await exited;
    }
    await server?.close();
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const postAlert = async (endsAt?: string) => {
    const alert = {
      labels: { alertname: 'CheckoutDown', service: 'checkout', severity: 'critical' },
      annotations: { summary: 'Checkout answers 503' },
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      generatorURL: 'http://127.0.0.1/graph',
      ...(endsAt === undefined ? {} : { endsAt }),
    };
    const response = await fetch(`${amUrl}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([alert]),
    });
    expect(response.status).toBe(200);
    return alert.startsAt;
  };
  const timelineTitles = async () => {
    const response = await fetch(`${server.url}/api/v1/incidents/INC-1/timeline`, {
      headers: authHeaders,
    });
    if (!response.ok) return [];
    const body = (await response.json()) as { items: { title: string }[] };
    return body.items.map((entry) => entry.title);
  };

  it('turns a firing alert into an incident with its entry, then records the resolution', async () => {
    await postAlert();
    const firing = await waitFor(
      `the firing alert on INC-1 (Alertmanager log: ${amLog})`,
      12_000,
      async () => {
        const titles = await timelineTitles();
        return titles.some((title) => title.startsWith('[FIRING] CheckoutDown'))
          ? titles
          : undefined;
      },
    );
    expect(firing).toContain('[FIRING] CheckoutDown — Checkout answers 503');
    const incident = (await (
      await fetch(`${server.url}/api/v1/incidents/INC-1`, { headers: authHeaders })
    ).json()) as {
      severity: string;
      services: string[];
    };
    expect(incident).toMatchObject({ severity: 'SEV1', services: ['checkout'] });

    await postAlert(new Date(Date.now() - 1_000).toISOString());
    const resolved = await waitFor('the resolved alert on INC-1', 12_000, async () => {
      const titles = await timelineTitles();
      return titles.some((title) => title.startsWith('[RESOLVED] CheckoutDown'))
        ? titles
        : undefined;
    });
    expect(resolved.filter((title) => title.includes('CheckoutDown'))).toHaveLength(2);
    const list = (await (
      await fetch(`${server.url}/api/v1/incidents`, { headers: authHeaders })
    ).json()) as {
      total: number;
    };
    expect(list.total).toBe(1);
  }, 30_000);
});
