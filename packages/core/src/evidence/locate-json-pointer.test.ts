import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  alertmanagerImporter,
  kubernetesImporter,
  readExportMember,
  slackImporter,
  type Importer,
} from '@aftermath/importers';
import type { EvidenceRef } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { gunzipStream } from './byte-streams';
import { readLineWindow } from './excerpt-window';
import { locateJsonPointer, parsePointer } from './locate-json-pointer';

const realdata = resolve(import.meta.dirname, '../../../../../shared/realdata');
const alertmanagerAlert =
  'webhooks-zulip-fixtures/dev/zerver/webhooks/alertmanager/fixtures/alert.json';
const slackZip = 'chat-slack-export/dev/tests/testarchive.zip';
const options = { evidenceId: 'ev', defaultZone: 'UTC', referenceYear: 2026 };

/** Bytes in small chunks, so values and keys straddle chunk boundaries. */
async function* chunks(bytes: Uint8Array, size = 7): AsyncIterable<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) {
    await Promise.resolve(); // chunks arrive asynchronously, as from a file
    yield bytes.subarray(start, start + size);
  }
}

async function collect(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const part of stream) parts.push(part);
  return Buffer.concat(parts);
}

async function evidenceRefs(importer: Importer, bytes: Uint8Array): Promise<EvidenceRef[]> {
  const refs: EvidenceRef[] = [];
  for await (const item of importer.read(() => chunks(bytes, 4096), options)) {
    if (item.entry.evidence) refs.push(item.entry.evidence);
  }
  return refs;
}

function valueAt(document: unknown, pointer: string): unknown {
  let value = document;
  for (const token of parsePointer(pointer)) value = (value as Record<string, unknown>)[token];
  return value;
}

/** Every importer pointer resolves to bytes that parse to exactly the value it names. */
async function expectPointersResolve(bytes: Uint8Array, refs: EvidenceRef[]): Promise<void> {
  const document: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
  for (const ref of refs) {
    const pointer = ref.jsonPointer ?? '';
    const hint = { byteOffset: ref.byteOffset ?? undefined };
    const range = await locateJsonPointer(chunks(bytes), pointer, hint);
    if (!range) throw new Error(`${pointer} not found`);
    const text = Buffer.from(bytes.subarray(range.start.byteOffset, range.end.byteOffset));
    expect(JSON.parse(text.toString('utf8'))).toEqual(valueAt(document, pointer));
    const before = Buffer.from(bytes.subarray(0, range.start.byteOffset)).toString('utf8');
    expect(range.start.line).toBe(before.split('\n').length);
  }
}

describe.skipIf(!existsSync(resolve(realdata, alertmanagerAlert)) && process.env.CI !== 'true')(
  'locateJsonPointer on real payloads',
  () => {
    it('finds every alert of a real Alertmanager webhook, and values deeper than importers record', async () => {
      const bytes = readFileSync(resolve(realdata, alertmanagerAlert));
      const refs = await evidenceRefs(alertmanagerImporter, bytes);
      expect(refs.length).toBeGreaterThan(1);
      await expectPointersResolve(bytes, refs);
      const deep = refs.map((ref) => ({ ...ref, jsonPointer: `${ref.jsonPointer}/labels` }));
      await expectPointersResolve(bytes, deep);
    });

    it('finds Slack messages inside the real export zip by file and index', async () => {
      const zip = readFileSync(resolve(realdata, slackZip));
      const refs = await evidenceRefs(slackImporter, zip);
      expect(refs.length).toBeGreaterThan(10);
      for (const ref of refs.filter((_, index) => index % 5 === 0)) {
        const [file = '', ...rest] = parsePointer(ref.jsonPointer ?? '');
        const inner = `/${rest.join('/')}`;
        const member = await collect(readExportMember(chunks(zip, 1000), file));
        const range = await locateJsonPointer(chunks(member), inner);
        if (!range) throw new Error(`${ref.jsonPointer} not found`);
        const text = member.subarray(range.start.byteOffset, range.end.byteOffset).toString();
        expect(JSON.parse(text)).toEqual(valueAt(JSON.parse(member.toString()), inner));
      }
    });
  },
);

describe('locateJsonPointer', () => {
  const eventList = {
    apiVersion: 'v1',
    kind: 'List',
    items: [0, 1, 2].map((n) => ({
      kind: 'Event',
      metadata: { name: `checkout-${n}`, uid: `uid-${n}`, namespace: 'shop' },
      involvedObject: { kind: 'Pod', name: `checkout-${n}`, namespace: 'shop' },
      reason: n === 1 ? 'BackOff' : 'Scheduled',
      message: `pod checkout-${n} "quoted" \\ back-off`,
      count: n + 1,
      firstTimestamp: '2026-03-01T09:58:02Z',
      lastTimestamp: '2026-03-01T10:10:32Z',
      type: n === 1 ? 'Warning' : 'Normal',
    })),
  };

  it('resolves the pointers of a kubectl event list, pretty-printed and on one line', async () => {
    for (const text of [JSON.stringify(eventList, null, 2), JSON.stringify(eventList)]) {
      const bytes = Buffer.from(text);
      const refs = await evidenceRefs(kubernetesImporter, bytes);
      expect(refs.map((ref) => ref.jsonPointer)).toEqual(['/items/0', '/items/1', '/items/2']);
      await expectPointersResolve(bytes, refs);
      const literal = await locateJsonPointer(chunks(bytes), '/items/2/count');
      expect(text.slice(literal?.start.byteOffset, literal?.end.byteOffset)).toBe('3');
      const message = await locateJsonPointer(chunks(bytes), '/items/1/message');
      expect(text.slice(message?.start.byteOffset, message?.end.byteOffset)).toBe(
        JSON.stringify(eventList.items[1]?.message),
      );
    }
  });

  it('takes the pointer relative to the JSON-lines document the hint falls in, also gzipped', async () => {
    const lines = [0, 1, 2, 3].map((n) => JSON.stringify({ service: 'api', version: `1.${n}` }));
    const text = `${lines.join('\n')}\n`;
    const third = text.indexOf(lines[2] ?? '');
    const gz = gunzipStream(chunks(gzipSync(text), 5), 'deploys.jsonl.gz');
    const range = await locateJsonPointer(gz, '/version', { byteOffset: third });
    expect(range?.start.line).toBe(3);
    expect(text.slice(range?.start.byteOffset, range?.end.byteOffset)).toBe('"1.2"');
    const byLine = await locateJsonPointer(chunks(Buffer.from(text)), '', { line: 4 });
    expect(text.slice(byLine?.start.byteOffset, byLine?.end.byteOffset)).toBe(lines[3]);
  });

  it('answers null for a pointer that names nothing, and escapes ~0 and ~1', async () => {
    const bytes = Buffer.from(JSON.stringify({ 'a/b': { 'c~d': [true, null] } }));
    expect(await locateJsonPointer(chunks(bytes), '/a~1b/c~0d/1')).toMatchObject({
      start: { byteOffset: 20 },
      end: { byteOffset: 24 },
    });
    expect(await locateJsonPointer(chunks(bytes), '/a~1b/c~0d/2')).toBeNull();
    expect(await locateJsonPointer(chunks(bytes), '/a~1b/c~0d/0/x')).toBeNull();
    expect(await locateJsonPointer(chunks(bytes), '/missing')).toBeNull();
  });

  it('marks the characters of the pointed value on the lines of an excerpt window', async () => {
    const text = JSON.stringify(
      { alerts: [{ labels: { é: 'x' } }, { labels: { a: 'b' } }] },
      null,
      2,
    );
    const bytes = Buffer.from(text);
    const range = await locateJsonPointer(chunks(bytes), '/alerts/0/labels');
    if (!range) throw new Error('not found');
    const window = await readLineWindow(chunks(bytes), {
      line: undefined,
      byteOffset: range.start.byteOffset,
      before: 1,
      after: 3,
      mark: { start: range.start.byteOffset, end: range.end.byteOffset },
    });
    const marked = window.lines
      .filter((line) => line.mark)
      .map((line) => line.text.slice(line.mark?.from, line.mark?.to));
    expect(marked).toEqual(['{', '"é": "x"', '}']);
    expect(window.lines.find((line) => line.target)?.text).toBe('      "labels": {');
  });
});
