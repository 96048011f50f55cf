import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from './support/server-process';

/**
 * Nothing lost: the server is killed with SIGKILL (no shutdown code runs) in the middle of a
 * burst of writes and of a large evidence import, then started again on the same data folder.
 */

interface TimelineItem {
  id: string;
  evidence: { evidenceId: string } | null;
}
interface EvidenceItem {
  id: string;
  entriesAdded: number;
}

async function post(server: ServerProcess, path: string, body: unknown): Promise<Response> {
  return server.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function getJson<T>(server: ServerProcess, path: string): Promise<T> {
  const response = await server.request(path);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** A JSON-lines log: many services and messages over a day, so it becomes many timeline bursts. */
async function writeLog(path: string, lines: number): Promise<void> {
  const out = createWriteStream(path);
  const start = Date.parse('2026-11-20T00:00:00Z');
  for (let i = 0; i < lines; i += 1) {
    const at = new Date(start + i * 97).toISOString();
    const line = JSON.stringify({
      ts: at,
      level: i % 50 === 0 ? 'error' : 'info',
      service: `svc-${i % 7}`,
      msg: `request ${i % 13 === 0 ? 'failed' : 'served'} on shard ${i % 40} in ${i % 900} ms`,
      trace_id: (i * 2654435761).toString(16).padStart(32, '0').slice(-32),
    });
    if (!out.write(`${line}\n`))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

/** Streams a file as the request body; calls `onSent` with the bytes sent so far. */
function uploadBody(path: string, onSent: (bytes: number) => void): ReadableStream<Uint8Array> {
  let sent = 0;
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      handle ??= await open(path, 'r');
      const buffer = new Uint8Array(256 * 1024);
      const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, null);
      if (bytesRead === 0) {
        await handle.close();
        controller.close();
        return;
      }
      sent += bytesRead;
      onSent(sent);
      controller.enqueue(buffer.subarray(0, bytesRead));
    },
  });
}

function upload(server: ServerProcess, key: string, path: string, onSent: (bytes: number) => void) {
  return server.request(`/api/v1/incidents/${key}/evidence?name=app.jsonl&format=jsonlines`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: uploadBody(path, onSent),
    duplex: 'half',
  });
}

/** Every evidence record has exactly the entries it reports; no entry points at missing evidence. */
async function expectImportsWhole(server: ServerProcess, key: string): Promise<number> {
  const base = `/api/v1/incidents/${key}`;
  const evidence = (await getJson<{ items: EvidenceItem[] }>(server, `${base}/evidence`)).items;
  const entries = (await getJson<{ items: TimelineItem[] }>(server, `${base}/timeline`)).items;
  const perEvidence = new Map<string, number>();
  for (const entry of entries) {
    if (entry.evidence === null) continue;
    const id = entry.evidence.evidenceId;
    perEvidence.set(id, (perEvidence.get(id) ?? 0) + 1);
  }
  expect([...perEvidence.keys()].every((id) => evidence.some((record) => record.id === id))).toBe(
    true,
  );
  for (const record of evidence) expect(perEvidence.get(record.id) ?? 0).toBe(record.entriesAdded);
  return evidence.length;
}

function expectDatabaseIntact(dataDir: string): void {
  const db = new Database(join(dataDir, 'aftermath.db'), { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  } finally {
    db.close();
  }
}

describe('crash safety (SIGKILL)', { timeout: 180_000 }, () => {
  let dataDir: string;
  let server: ServerProcess | null = null;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'aftermath-crash-'));
  });
  afterAll(async () => {
    await server?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write of a burst', async () => {
    server = await startServerProcess(dataDir);
    const running = server;
    const acknowledged: { key: string; entryIds: string[] }[] = [];
    let stop = false;
    const writer = async (worker: number) => {
      while (!stop) {
        const created = await post(running, '/api/v1/incidents', {
          title: `burst ${worker}`,
          severity: 'SEV3',
        }).catch(() => null);
        if (created?.status !== 201) return;
        const { key } = (await created.json()) as { key: string };
        const record = { key, entryIds: [] as string[] };
        acknowledged.push(record);
        for (let n = 0; n < 3 && !stop; n += 1) {
          const entry = await post(running, `/api/v1/incidents/${key}/timeline`, {
            at: new Date(Date.UTC(2026, 10, 20, 10, n)).toISOString(),
            kind: 'note',
            title: `note ${n}`,
          }).catch(() => null);
          if (entry?.status !== 201) return;
          record.entryIds.push(((await entry.json()) as { id: string }).id);
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    // Kill once the burst is well under way, counted in acknowledged writes rather than time, so
    // a slow machine kills it as deep into the burst as a fast one; the writers are still going.
    await expect
      .poll(() => acknowledged.length, { timeout: 120_000, interval: 50 })
      .toBeGreaterThan(8);
    await running.kill();
    stop = true;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThan(4);

    expectDatabaseIntact(dataDir);
    server = await startServerProcess(dataDir);
    for (const { key, entryIds } of acknowledged) {
      const entries = await getJson<{ items: TimelineItem[] }>(
        server,
        `/api/v1/incidents/${key}/timeline`,
      );
      const ids = entries.items.map((entry) => entry.id);
      for (const id of entryIds) expect(ids).toContain(id);
    }
  });

  it('leaves an interrupted import absent, and importing again completes it', async () => {
    const log = join(dataDir, 'app.jsonl');
    await writeLog(log, 150_000);
    const size = statSync(log).size;
    server ??= await startServerProcess(dataDir);
    const created = await post(server, '/api/v1/incidents', { title: 'import', severity: 'SEV2' });
    const { key } = (await created.json()) as { key: string };

    // Killed while the body streams in, then killed after it was sent (while it is read or written).
    for (const killAfter of [0.4, 1]) {
      const running = server;
      let killed: Promise<void> | null = null;
      const answer = await upload(running, key, log, (sent) => {
        if (killAfter < 1 && sent >= size * killAfter) killed ??= running.kill();
      }).catch(() => null);
      if (killAfter === 1) {
        await new Promise((resolve) => setTimeout(resolve, 150));
        killed = running.kill();
      }
      await killed;
      // Mid-upload there is no answer; after the upload, an answer means the import was whole.
      if (killAfter < 1) expect(answer).toBeNull();
      else expect(answer === null || answer.status === 201).toBe(true);
      expectDatabaseIntact(dataDir);
      server = await startServerProcess(dataDir);
      await expectImportsWhole(server, key);
    }

    const again = await upload(server, key, log, () => undefined);
    expect(again.status).toBe(201);
    expect(await expectImportsWhole(server, key)).toBeGreaterThanOrEqual(1);
  });
});
