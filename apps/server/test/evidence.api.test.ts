import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { createIdGenerator, importEvidence, listEvidenceFormats } from '@aftermath/core';
import { evidenceFormat, systemPrincipal } from '@aftermath/domain';
import { genericDeployImporter, type Importer } from '@aftermath/importers';
import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

const deploys = [
  {
    id: 'd-1',
    service: 'checkout-api',
    version: '1.4.2',
    who: 'ci-bot',
    when: '2026-11-20T09:00:00Z',
    kind: 'deploy',
  },
  {
    service: 'checkout-api',
    version: 'limits@7',
    who: 'dana',
    when: '2026-11-20T09:05:00Z',
    kind: 'config',
  },
  { service: 'payments', version: 'v9', who: 'ops', when: 'not a time', kind: 'deploy' },
]
  .map((event) => JSON.stringify(event))
  .join('\n');

/** A format the domain names but no registered importer reads yet, if any is left. */
const unreadFormat = evidenceFormat.options.find(
  (format) => !listEvidenceFormats().some((known) => known.format === format),
);

interface EvidenceBody {
  id: string;
  format: string;
  name: string;
  sha256: string;
  bytes: number;
  records: number;
  entriesAdded: number;
  duplicatesSkipped: number;
  problems: { line: number | null; jsonPointer: string | null; message: string }[];
}
interface ErrorBody {
  error: { code: string; message: string; details: { path: string }[] };
}

describe.each(testDialects())('evidence API on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
    await api.request('POST', '/api/v1/incidents', { title: 'Checkout errors', severity: 'SEV2' });
  });
  afterEach(async () => {
    await api.close();
  });

  const upload = (payload: string | Buffer, query = '', contentType = 'application/x-ndjson') =>
    api.app.inject({
      method: 'POST',
      url: `/api/v1/incidents/INC-1/evidence${query}`,
      headers: { ...api.authHeaders, 'content-type': contentType },
      payload,
    });
  const timeline = async () =>
    (await api.request('GET', '/api/v1/incidents/INC-1/timeline')).json<{
      items: { title: string; evidence: { evidenceId: string; line: number } | null }[];
    }>().items;

  it('imports streamed JSON lines, detecting the format, and links entries to the evidence', async () => {
    const response = await upload(deploys, '?name=deploys.jsonl');
    expect(response.statusCode).toBe(201);
    const evidence = response.json<EvidenceBody>();
    expect(evidence).toMatchObject({
      format: 'deploy',
      name: 'deploys.jsonl',
      bytes: Buffer.byteLength(deploys),
      sha256: createHash('sha256').update(deploys).digest('hex'),
      records: 3,
      entriesAdded: 2,
      duplicatesSkipped: 0,
    });
    expect(evidence.problems).toEqual([
      { line: 3, jsonPointer: '/when', message: expect.any(String) as string },
    ]);
    const entries = await timeline();
    expect(entries.map((entry) => entry.title)).toEqual([
      'Deployed checkout-api 1.4.2',
      'Config change on checkout-api (limits@7)',
    ]);
    expect(entries.map((entry) => entry.evidence)).toEqual([
      expect.objectContaining({ evidenceId: evidence.id, line: 1 }),
      expect.objectContaining({ evidenceId: evidence.id, line: 2 }),
    ]);
  });

  it('adds nothing when the same bytes arrive again, gzip or not', async () => {
    await upload(deploys);
    const again = (await upload(gzipSync(deploys), '', 'application/gzip')).json<EvidenceBody>();
    expect(again).toMatchObject({ format: 'deploy', entriesAdded: 0, duplicatesSkipped: 2 });
    expect(await timeline()).toHaveLength(2);
    const list = await api.request('GET', '/api/v1/incidents/INC-1/evidence');
    expect(list.json<{ items: EvidenceBody[] }>().items.map((item) => item.entriesAdded)).toEqual([
      2, 0,
    ]);
  });

  it('streams the raw bytes back exactly as received', async () => {
    const packed = gzipSync(deploys);
    const { id } = (
      await upload(packed, '?name=logs/deploys.jsonl.gz', 'application/octet-stream')
    ).json<EvidenceBody>();
    const raw = await api.app.inject({
      headers: api.authHeaders,
      method: 'GET',
      url: `/api/v1/incidents/INC-1/evidence/${id}/raw`,
    });
    expect(raw.statusCode).toBe(200);
    expect(raw.headers['content-type']).toBe('application/octet-stream');
    expect(raw.headers['content-disposition']).toContain('filename="deploys.jsonl.gz"');
    expect(raw.rawPayload.equals(packed)).toBe(true);
    const one = await api.request('GET', `/api/v1/incidents/INC-1/evidence/${id}`);
    expect(one.json()).toMatchObject({ id, name: 'logs/deploys.jsonl.gz' });
  });

  it('accepts a body larger than the JSON body limit, with any content type or none', async () => {
    const line = JSON.stringify({
      service: 'api',
      version: '1',
      who: 'ci',
      when: '2026-11-20T09:00:00Z',
      kind: 'deploy',
    });
    const big = `${line}\n`.repeat(Math.ceil((1.2 * 1024 * 1024) / line.length));
    const response = await upload(big, '?format=deploy', 'text/plain');
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ entriesAdded: 1, bytes: Buffer.byteLength(big) });
    const bare = await api.app.inject({
      headers: api.authHeaders,
      method: 'POST',
      url: '/api/v1/incidents/INC-1/evidence?format=deploy',
      payload: line,
    });
    expect(bare.statusCode).toBe(201);
  });

  it('refuses unknown or undetectable formats, naming the known ones, and writes nothing', async () => {
    const text = await upload('just some words\n', '?name=notes.txt', 'text/plain');
    expect(text.statusCode).toBe(400);
    const { message } = text.json<ErrorBody>().error;
    expect(message).toMatch(/^notes\.txt: cannot tell its format; name one of: .*\bdeploy\b/);
    if (unreadFormat !== undefined) {
      const missing = await upload(deploys, `?format=${unreadFormat}`);
      expect(missing.json<ErrorBody>().error.message).toContain(
        `no importer reads "${unreadFormat}"; known formats: auto, `,
      );
    }
    const bogus = await upload(deploys, '?format=word');
    expect(bogus.statusCode).toBe(400);
    expect(bogus.json<ErrorBody>().error.details.map((detail) => detail.path)).toEqual([
      'query.format',
    ]);
    const empty = await upload('', '?format=deploy');
    expect(empty.json<ErrorBody>().error.message).toMatch(/is empty/);
    const list = await api.request('GET', '/api/v1/incidents/INC-1/evidence');
    expect(list.json()).toEqual({ items: [] });
    expect(await timeline()).toEqual([]);
  });

  it('answers 404 for an unknown incident or evidence', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/v1/incidents/INC-9/evidence',
      headers: { ...api.authHeaders, 'content-type': 'application/x-ndjson' },
      payload: deploys,
    });
    expect(response.statusCode).toBe(404);
    const raw = await api.request('GET', '/api/v1/incidents/INC-1/evidence/nope/raw');
    expect(raw.statusCode).toBe(404);
  });

  it('writes nothing when the importer fails half-way', async () => {
    const failing: Importer = {
      ...genericDeployImporter,
      async *read(source, options) {
        yield* genericDeployImporter.read(source, options);
        throw new Error('importer crashed');
      },
    };
    const ctx = { store: api.store, clock: () => new Date(), newId: createIdGenerator() };
    const run = importEvidence(ctx, systemPrincipal, 'INC-1', {
      source: Readable.from([Buffer.from(deploys)]),
      name: 'deploys.jsonl',
      format: 'auto',
      channel: 'cli',
      importers: [failing],
    });
    await expect(run).rejects.toThrow('importer crashed');
    expect(await api.store.timeline.listByIncident('INC-1')).toEqual([]);
    expect(await api.store.evidence.listByIncident('INC-1')).toEqual([]);
  });

  it('documents the upload and the download as application/octet-stream', async () => {
    const doc = (await api.request('GET', '/api/v1/openapi.json')).json<{
      paths: Record<
        string,
        Record<
          string,
          { requestBody?: { content: object }; responses: Record<string, { content?: object }> }
        >
      >;
    }>();
    const evidencePath = doc.paths['/api/v1/incidents/{key}/evidence'];
    expect(Object.keys(evidencePath?.post?.requestBody?.content ?? {})).toEqual([
      'application/octet-stream',
    ]);
    const raw = doc.paths['/api/v1/incidents/{key}/evidence/{id}/raw']?.get?.responses['200'];
    expect(Object.keys(raw?.content ?? {})).toEqual(['application/octet-stream']);
  });
});
