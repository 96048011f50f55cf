import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ImportedEntry, ImportOptions, ImportSummary } from '../importer';
import { readEventTime } from './deploy-time';
import { genericDeployImporter } from './generic-deploy.importer';

const fixture = (name: string) => fileURLToPath(new URL(`testdata/${name}`, import.meta.url));

const options: ImportOptions = {
  evidenceId: 'ev-1',
  defaultZone: 'Europe/Berlin',
  referenceYear: 2026,
};

async function importFile(name: string, chunkSize = 64 * 1024) {
  const source = () => createReadStream(fixture(name), { highWaterMark: chunkSize });
  const reading = genericDeployImporter.read(source, options);
  const entries: ImportedEntry[] = [];
  let next = await reading.next();
  for (; next.done !== true; next = await reading.next()) entries.push(next.value);
  const summary: ImportSummary = next.value;
  return { entries, summary };
}

describe('generic deploy importer: golden files', () => {
  for (const name of [
    'deploys.jsonl',
    'deploys-array.json',
    'single-event.json',
    'broken-array.json.txt',
  ]) {
    it(`reads testdata/${name} as testdata/${name}.golden says`, async () => {
      const result = await importFile(name);
      await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(
        `testdata/${name}.golden`,
      );
    });
  }

  it('gives the same result whatever size the chunks arrive in', async () => {
    expect(await importFile('deploys.jsonl', 7)).toEqual(await importFile('deploys.jsonl'));
    expect(await importFile('deploys-array.json', 5)).toEqual(
      await importFile('deploys-array.json'),
    );
  });
});

describe('generic deploy importer: records', () => {
  it('keys an event by its id, else by its content whatever the key order', async () => {
    const { entries } = await importFile('deploys.jsonl');
    expect(entries[0]?.dedupeKey).toBe('id:deploy-8812');
    const configs = entries.filter(
      (item) => item.entry.kind === 'change' && item.entry.service === 'checkout-api',
    );
    expect(configs).toHaveLength(2);
    expect(configs[0]?.dedupeKey).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(configs[1]?.dedupeKey).toBe(configs[0]?.dedupeKey);
  });

  it('names every bad field of a record with its line and pointer, and keeps going', async () => {
    const { summary, entries } = await importFile('deploys.jsonl');
    expect(entries).toHaveLength(5);
    const line7 = summary.problems
      .filter((problem) => problem.line === 7)
      .map((p) => p.jsonPointer);
    expect(line7).toEqual(['/service', '/who', '/when', '/kind']);
    expect(summary.problems.find((problem) => problem.line === 8)?.message).toMatch(
      /^not valid JSON/,
    );
    expect(summary.problems.find((problem) => problem.line === 9)?.message).toBe(
      'record: expected a JSON object',
    );
  });

  it('points problems in a JSON array at the element’s line and index', async () => {
    const { summary } = await importFile('deploys-array.json');
    expect(summary.problems).toEqual([
      expect.objectContaining({ line: 10, jsonPointer: '/1/when' }),
      expect.objectContaining({ line: 17, jsonPointer: '/2' }),
    ]);
  });

  it('reports a syntax error in a JSON document at its line', async () => {
    const { summary, entries } = await importFile('broken-array.json.txt');
    expect(entries).toEqual([]);
    expect(summary.problems.map((problem) => problem.line)).toEqual([3]);
    expect(summary.problems[0]?.message).toMatch(/^not valid JSON/);
  });
});

describe('generic deploy importer: detection', () => {
  const head = (name: string) =>
    new Promise<string>((resolve, reject) => {
      let text = '';
      createReadStream(fixture(name), 'utf8')
        .on('data', (chunk) => (text += String(chunk)))
        .on('end', () => resolve(text))
        .on('error', reject);
    });

  it('is sure of JSON lines, arrays and single events', async () => {
    for (const name of ['deploys.jsonl', 'deploys-array.json', 'single-event.json']) {
      expect(genericDeployImporter.detect(await head(name), name)).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('says no to other JSON and to plain text', () => {
    const alertmanager =
      '{"version":"4","status":"firing","alerts":[{"labels":{"service":"api"}}]}';
    const kubernetes = '{"kind":"Event","apiVersion":"v1","involvedObject":{"kind":"Pod"}}';
    expect(genericDeployImporter.detect(alertmanager, 'alert.json')).toBe(0);
    expect(genericDeployImporter.detect(kubernetes, 'events.json')).toBe(0);
    expect(
      genericDeployImporter.detect('2026-03-01 12:00:00 INFO deploy kind=deploy', 'x.log'),
    ).toBe(0);
  });
});

describe('readEventTime', () => {
  it('keeps the precision written and flags a missing zone', () => {
    expect(readEventTime('2026-03-01T12:00:00.123456789Z', 'UTC')).toEqual({
      at: '2026-03-01T12:00:00.123Z',
      precision: 'ns',
      zoneAssumed: false,
    });
    expect(readEventTime('2026-07-01 14:00', 'Europe/Berlin')).toEqual({
      at: '2026-07-01T12:00:00.000Z',
      precision: 'min',
      zoneAssumed: true,
    });
    expect(readEventTime(1772366700, 'UTC')).toMatchObject({
      at: '2026-03-01T12:05:00.000Z',
      precision: 's',
    });
    expect(readEventTime('1772366700000', 'UTC')).toMatchObject({ precision: 'ms' });
  });

  it('moves a wall time inside a DST gap forward, like most schedulers', () => {
    // 02:30 does not exist in Berlin on 2026-03-29: clocks jump from 02:00 to 03:00.
    expect(readEventTime('2026-03-29T02:30:00', 'Europe/Berlin')?.at).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('refuses dates that do not exist and words', () => {
    expect(readEventTime('2026-02-30T10:00:00Z', 'UTC')).toBeNull();
    expect(readEventTime('2026-13-01', 'UTC')).toBeNull();
    expect(readEventTime('yesterday', 'UTC')).toBeNull();
    expect(readEventTime(null, 'UTC')).toBeNull();
  });
});
