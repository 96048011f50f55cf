import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

const realdata = resolve(import.meta.dirname, '../../../../shared/realdata');
const alertmanagerAlert =
  'webhooks-zulip-fixtures/dev/zerver/webhooks/alertmanager/fixtures/alert.json';
const slackZip = 'chat-slack-export/dev/tests/testarchive.zip';
const present = existsSync(resolve(realdata, slackZip));

interface Ref {
  evidenceId: string;
  line: number | null;
  byteOffset: number | null;
  jsonPointer: string | null;
}
interface Excerpt {
  lines: {
    number: number;
    text: string;
    target: boolean;
    mark: { from: number; to: number } | null;
  }[];
  pointed: { pointer: string; file: string | null; startLine: number; endLine: number } | null;
}

const marked = (excerpt: Excerpt) =>
  excerpt.lines
    .filter((line) => line.mark)
    .map((line) => line.text.slice(line.mark?.from, line.mark?.to))
    .join('\n');

describe.skipIf(!present && process.env.CI !== 'true').each(testDialects())(
  'evidence excerpts by JSON pointer on %s',
  (dialect) => {
    let api: ApiHarness;
    beforeEach(async () => {
      api = await createApiHarness(dialect);
      const created = await api.request('POST', '/api/v1/incidents', {
        title: 'Alerts',
        severity: 'SEV2',
      });
      expect(created.json()).toMatchObject({ key: 'INC-1' });
    });
    afterEach(async () => {
      await api.close();
    });

    const upload = async (payload: Buffer, format: string, name: string) => {
      const answer = await api.app.inject({
        method: 'POST',
        url: `/api/v1/incidents/INC-1/evidence?format=${format}&name=${name}`,
        headers: { ...api.authHeaders, 'content-type': 'application/octet-stream' },
        payload,
      });
      expect(answer.statusCode).toBe(201);
      return answer.json<{ id: string }>().id;
    };
    const refsOf = async (id: string) => {
      const timeline = await api.request('GET', '/api/v1/incidents/INC-1/timeline');
      const entries = timeline.json<{ items: { evidence: Ref | null; title: string }[] }>().items;
      return entries.filter((entry) => entry.evidence?.evidenceId === id);
    };
    const excerptAt = async (ref: Ref) => {
      const query = new URLSearchParams({ pointer: ref.jsonPointer ?? '' });
      if (ref.byteOffset !== null) query.set('byteOffset', String(ref.byteOffset));
      const answer = await api.request(
        'GET',
        `/api/v1/incidents/INC-1/evidence/${ref.evidenceId}/excerpt?${query.toString()}`,
      );
      expect(answer.statusCode).toBe(200);
      return answer.json<Excerpt>();
    };

    it('marks the Slack message a chat entry points at, inside the export zip', async () => {
      const id = await upload(readFileSync(resolve(realdata, slackZip)), 'slack', 'export.zip');
      const entries = await refsOf(id);
      expect(entries.length).toBeGreaterThan(10);
      const entry = entries[7];
      const ref = entry?.evidence;
      if (!ref?.jsonPointer) throw new Error('no pointer on a Slack entry');
      expect(ref.line).toBeNull();
      const excerpt = await excerptAt(ref);
      expect(excerpt.pointed?.file).toMatch(/\/\d{4}-\d{2}-\d{2}\.json$/);
      expect(excerpt.lines.find((line) => line.target)?.number).toBe(excerpt.pointed?.startLine);
      expect(marked(excerpt)).toContain('"ts":');
    });

    it('marks an alert of a real Alertmanager body, and a value below it inside gzip', async () => {
      const body = readFileSync(resolve(realdata, alertmanagerAlert));
      const id = await upload(gzipSync(body), 'alertmanager', 'alert.json.gz');
      const [first, second] = await refsOf(id);
      if (!second?.evidence || !first?.evidence) throw new Error('expected two alerts');
      const excerpt = await excerptAt(second.evidence);
      expect(excerpt.pointed?.pointer).toBe('/alerts/1');
      const alerts = (JSON.parse(body.toString()) as { alerts: { labels: object }[] }).alerts;
      expect(JSON.parse(marked(excerpt))).toEqual(alerts[1]);
      const labels = await excerptAt({ ...first.evidence, jsonPointer: '/alerts/0/labels' });
      expect(JSON.parse(marked(labels))).toEqual(alerts[0]?.labels);
    });

    it('says which pointer names nothing, and changes nothing', async () => {
      const id = await upload(Buffer.from('{"items":[]}'), 'kubernetes', 'events.json');
      const answer = await api.request(
        'GET',
        `/api/v1/incidents/INC-1/evidence/${id}/excerpt?pointer=/items/4`,
      );
      expect(answer.statusCode).toBe(400);
      expect(answer.json<{ error: { message: string } }>().error.message).toContain(
        'pointer: /items/4 names no value',
      );
      const bad = await api.request(
        'GET',
        `/api/v1/incidents/INC-1/evidence/${id}/excerpt?pointer=items`,
      );
      expect(bad.statusCode).toBe(400);
    });
  },
);
