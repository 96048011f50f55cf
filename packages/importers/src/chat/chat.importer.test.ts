import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  readRealdata,
  realdataRoot,
  runImport,
  sourceOf,
  testOptions,
} from '../json-documents/test-support';
import { chatImporter, createChatImporter, type ChatImportOptions } from './chat.importer';

const ircNight = [
  '--- Day changed Fri Nov 20 2026',
  '[23:58] alice: checkout is returning 502s',
  '[23:59] bob: looking, the pool is exhausted:',
  'Error: timeout acquiring connection',
  '  at Pool.acquire (pool.js:12)',
  '12:30 is when it started',
  '',
  '[00:03] * carol joined',
  '[00:04] carol: rolled back v41',
  '',
].join('\n');

const berlin: ChatImportOptions = { ...testOptions, defaultZone: 'Europe/Berlin' };

describe('a bracketed transcript with a date line, a multi-line message and midnight', () => {
  it('gives one chat entry per message in UTC, flagged as zone assumed', async () => {
    const { items, records, problems } = await runImport(
      chatImporter,
      sourceOf(ircNight, 7),
      berlin,
    );
    expect(problems).toEqual([]);
    expect(records).toBe(4);
    expect(items.map(({ entry }) => [entry.at, entry.author, entry.title])).toEqual([
      ['2026-11-20T22:58:00.000Z', 'alice', 'alice: checkout is returning 502s'],
      ['2026-11-20T22:59:00.000Z', 'bob', 'bob: looking, the pool is exhausted:'],
      ['2026-11-20T23:03:00.000Z', null, '* carol joined'],
      ['2026-11-20T23:04:00.000Z', 'carol', 'carol: rolled back v41'],
    ]);
    expect(items[0]?.entry).toMatchObject({
      kind: 'chat',
      source: 'chat',
      precision: 'min',
      zoneAssumed: true,
      evidence: { evidenceId: 'ev-test', line: 2, byteOffset: 32, jsonPointer: null },
    });
  });

  it('keeps the lines of a multi-line message together, even one starting with a bare time', async () => {
    const { items } = await runImport(chatImporter, sourceOf(ircNight), berlin);
    expect(items[1]?.entry.body).toBe(
      'looking, the pool is exhausted:\nError: timeout acquiring connection\n' +
        '  at Pool.acquire (pool.js:12)\n12:30 is when it started',
    );
    expect(items[1]?.entry.evidence?.line).toBe(3);
  });
});

describe('other transcript shapes', () => {
  it('reads dated IRC lines with seconds and an explicit zone', async () => {
    const text = [
      '2026-11-20 14:02:11 <alice> deploy started',
      '2026-11-20T14:02:30.5+01:00 <@bob> seeing errors',
    ].join('\r\n');
    const { items } = await runImport(chatImporter, sourceOf(text));
    expect(
      items.map(({ entry }) => [entry.at, entry.precision, entry.zoneAssumed, entry.author]),
    ).toEqual([
      ['2026-11-20T14:02:11.000Z', 's', true, 'alice'],
      ['2026-11-20T13:02:30.500Z', 'ms', false, 'bob'],
    ]);
    expect(items[1]?.entry.evidence?.byteOffset).toBe(44);
    expect(items[0]?.entry.body).toBe('deploy started');
  });

  it('reads bare and 12-hour times against the reference date', async () => {
    const text = '14:02 alice: paging the DB team\n2:05 PM Dana Scully: on it\n';
    const importer = createChatImporter({ referenceDate: '2026-11-20' });
    const { items } = await runImport(importer, sourceOf(text));
    expect(items.map(({ entry }) => [entry.at, entry.author])).toEqual([
      ['2026-11-20T14:02:00.000Z', 'alice'],
      ['2026-11-20T14:05:00.000Z', 'Dana Scully'],
    ]);
    const options: ChatImportOptions = { ...testOptions, referenceDate: '2026-12-01' };
    const later = await runImport(importer, sourceOf(text), options);
    expect(later.items[0]?.entry.at).toBe('2026-12-01T14:02:00.000Z');
  });

  it('tells identical messages in the same minute apart, and gives stable keys', async () => {
    const text = '[10:00] bot: still failing\n[10:00] bot: still failing\n';
    const options: ChatImportOptions = { ...testOptions, referenceDate: '2026-11-20' };
    const first = await runImport(chatImporter, sourceOf(text), options);
    const again = await runImport(chatImporter, sourceOf(text, 5), options);
    const keys = first.items.map((item) => item.dedupeKey);
    expect(new Set(keys).size).toBe(2);
    expect(keys[0]).toMatch(/^chat:2026-11-20T10:00:00\.000Z:bot:[0-9a-f]{16}$/);
    expect(again.items.map((item) => item.dedupeKey)).toEqual(keys);
  });
});

describe('chat transcripts with problems', () => {
  it('reports time-only messages before any date, skipping their continuation lines', async () => {
    const text = [
      'Incident channel export',
      'exported by ops',
      '[09:00] alice: first',
      'more of first',
      '2026-11-20',
      '[09:05] bob: second',
    ].join('\n');
    const { items, records, problems } = await runImport(chatImporter, sourceOf(text));
    expect(records).toBe(2);
    expect(items.map(({ entry }) => [entry.at, entry.title])).toEqual([
      ['2026-11-20T09:05:00.000Z', 'bob: second'],
    ]);
    expect(problems).toEqual([
      {
        line: 1,
        jsonPointer: null,
        message:
          'lines 1–2: not a chat message: expected a line such as "[14:02] alice: text" or ' +
          '"2026-11-20 14:02:11 <alice> text"',
      },
      {
        line: 3,
        jsonPointer: null,
        message:
          'line 3: a time without a date and no date known yet: put a date line such as ' +
          '"2026-11-20" before it, or give the import a reference date',
      },
    ]);
  });

  it('rejects a reference date that is not YYYY-MM-DD and imports nothing', async () => {
    const options: ChatImportOptions = { ...testOptions, referenceDate: '20/11/2026' };
    const { items, problems } = await runImport(chatImporter, sourceOf('[09:00] a: b'), options);
    expect(items).toEqual([]);
    expect(problems[0]?.message).toBe(
      'referenceDate must be a date written YYYY-MM-DD, not "20/11/2026"',
    );
  });

  it('reports a dated line whose date does not exist', async () => {
    const { problems } = await runImport(chatImporter, sourceOf('2026-02-30 10:00:00 <a> b'));
    expect(problems[0]?.message).toBe('line 1: 2026-02-30 is not a date');
  });

  it('never throws or hangs on arbitrary text, chat-like or not', async () => {
    const time = fc
      .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 70 }))
      .map(([h, m]) => `${h}:${String(m).padStart(2, '0')}`);
    const line = fc.oneof(
      fc
        .tuple(time, fc.string({ maxLength: 12 }), fc.string({ maxLength: 30 }))
        .map(([t, who, text]) => `[${t}] ${who}: ${text}`),
      fc
        .tuple(fc.date({ noInvalidDate: true }), fc.string({ maxLength: 30 }))
        .map(([d, text]) => `${d.toISOString().slice(0, 19).replace('T', ' ')} <x> ${text}`),
      fc.constantFrom('2026-11-20', '--- Day changed Sat Feb 29 2025', ''),
      fc.string({ maxLength: 40 }),
    );
    const reference = fc.option(fc.constantFrom('2026-11-20', '2026-13-01', 'soon'));
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 50 }),
        reference,
        async (lines, eol, chunkSize, referenceDate) => {
          const options: ChatImportOptions = { ...testOptions, referenceDate };
          const result = await runImport(
            chatImporter,
            sourceOf(lines.join(eol), chunkSize),
            options,
          );
          return result.records >= result.items.length;
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('detecting chat transcripts', () => {
  it('recognises a transcript and not JSON', () => {
    expect(chatImporter.detect(ircNight, 'incident-chat.txt')).toBeGreaterThan(0.7);
    expect(chatImporter.detect('{"text": "[14:02] alice: hi"}', 'x.json')).toBe(0);
  });

  const loghub = 'loghub/dev';
  it.skipIf(!existsSync(resolve(realdataRoot, loghub)))(
    'does not take real log files for chat',
    () => {
      for (const system of ['Apache', 'BGL', 'HDFS', 'Linux', 'OpenStack', 'Zookeeper']) {
        const head = readRealdata(`${loghub}/${system}/${system}_2k.log`).slice(0, 64 * 1024);
        expect([system, chatImporter.detect(head, `${system}.log`)]).toEqual([system, 0]);
      }
    },
  );
});
