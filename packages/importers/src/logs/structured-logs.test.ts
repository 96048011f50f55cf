import { describe, expect, it } from 'vitest';
import { runImport, sourceOf } from '../json-documents/test-support';
import {
  createJsonLinesImporter,
  jsonLinesImporter,
  logfmtImporter,
  textLogImporter,
} from './log.importers';

const jsonLog = [
  '{"ts":"2024-03-01T12:00:00Z","level":"info","msg":"request served","service":"checkout"}',
  '{"ts":"2024-03-01T12:00:01Z","level":"error","msg":"Connection refused to 10.0.0.7:5432","service":"checkout"}',
  '{"ts":1709294402,"level":"error","msg":"Connection refused to 10.0.0.8:5432","service":"checkout"}',
  'not json at all',
  '{"ts":"2024-03-01T12:00:03.250Z","severity":"ERROR","message":"Connection refused to 10.0.0.9:5432","service":{"name":"checkout"}}',
  '[1,2,3]',
  '{"ts":"2024-03-01T12:30:00Z","level":"error","msg":"Connection refused to 10.0.0.7:5432","service":"checkout"}',
  '{"level":"warn","msg":"no time here"}',
].join('\r\n');

describe('JSON-lines log importer', () => {
  it('groups error lines of one template into bursts split by the 5-minute window', async () => {
    const { items, records } = await runImport(jsonLinesImporter, sourceOf(jsonLog, 7));
    const errors = items.filter((item) => item.entry.title.startsWith('[ERROR]'));
    expect(errors.map((item) => item.entry.title)).toEqual([
      '[ERROR] checkout: Connection refused to <*> ×3',
      '[ERROR] checkout: Connection refused to <*> ×1',
    ]);
    const first = errors[0]?.entry;
    expect(first?.at).toBe('2024-03-01T12:00:01.000Z');
    expect(first?.evidence).toMatchObject({ line: 2, byteOffset: 90 });
    expect(first?.body).toContain('from 2024-03-01T12:00:01.000Z to 2024-03-01T12:00:03.250Z');
    expect(first?.service).toBe('checkout');
    expect(records).toBe(6);
  });

  it('reports malformed lines and records without a time with their line numbers', async () => {
    const { problems } = await runImport(jsonLinesImporter, sourceOf(jsonLog));
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [4, expect.stringContaining('not valid JSON')],
      [6, 'expected a JSON object, got an array'],
      [8, 'no readable time in the record'],
    ]);
  });

  it('summarises info lines in one entry instead of one per line', async () => {
    const lines = Array.from(
      { length: 5000 },
      (_, i) => `{"time":${1709294400000 + i},"level":"info","msg":"user ${i} logged in"}`,
    );
    const { items } = await runImport(jsonLinesImporter, sourceOf(lines.join('\n')));
    expect(items.map((item) => item.entry.title)).toEqual([
      '[INFO] 5,000 info-level log lines not shown one by one',
    ]);
  });

  it('caps error bursts and counts the rest in the summary', async () => {
    const lines = Array.from(
      { length: 30 },
      (_, i) => `{"time":${1709294400 + i * 3600},"level":"error","msg":"disk full"}`,
    );
    const importer = createJsonLinesImporter({ maxEntries: 10 });
    const { items } = await runImport(importer, sourceOf(lines.join('\n')));
    expect(items).toHaveLength(11);
    expect(items[10]?.entry.body).toContain('beyond the first 10 bursts: 20');
  });

  it('gives the same dedupe keys when the same file is imported twice', async () => {
    const once = await runImport(jsonLinesImporter, sourceOf(jsonLog, 5));
    const twice = await runImport(jsonLinesImporter, sourceOf(jsonLog, 4096));
    expect(twice.items.map((item) => item.dedupeKey)).toEqual(
      once.items.map((item) => item.dedupeKey),
    );
  });

  it('detects JSON lines by content and extension', () => {
    const head = `${jsonLog.split('\r\n')[0] ?? ''}\n${jsonLog.split('\r\n')[1] ?? ''}\n`;
    expect(jsonLinesImporter.detect(head, 'app.jsonl')).toBeGreaterThan(0.8);
    expect(logfmtImporter.detect(head, 'app.jsonl')).toBe(0);
    expect(textLogImporter.detect(head, 'app.jsonl')).toBe(0);
  });
});

const logfmt = [
  'ts=2024-03-01T12:00:00Z level=warn app=api msg="slow query took 1200 ms"',
  'ts=2024-03-01T12:00:10Z level=warn app=api msg="slow query took 900 ms"',
  'just some words',
  'time="2024-03-01 12:01:00" lvl=ERROR component=api msg="upstream \\"pay\\" timed out"',
].join('\n');

describe('logfmt log importer', () => {
  it('reads quoted values, level and service names into tagged bursts', async () => {
    const { items, problems } = await runImport(logfmtImporter, sourceOf(logfmt));
    expect(items.map((item) => item.entry.title)).toEqual([
      '[WARN] api: slow query took <*> ms ×2',
      '[ERROR] api: upstream "pay" timed out ×1',
    ]);
    expect(items[1]?.entry.zoneAssumed).toBe(true);
    expect(problems).toEqual([
      { line: 3, jsonPointer: null, message: 'not logfmt: no key=value pair' },
    ]);
  });

  it('detects logfmt over plain text', () => {
    expect(logfmtImporter.detect(`${logfmt}\n`, 'app.log')).toBeGreaterThan(
      textLogImporter.detect(`${logfmt}\n`, 'app.log'),
    );
    expect(jsonLinesImporter.detect(`${logfmt}\n`, 'app.log')).toBe(0);
  });
});

describe('plain-text log importer', () => {
  it('joins stack-trace lines to the record before them', async () => {
    const text = [
      '2024-03-01 12:00:00,123 ERROR [main] com.shop.Pay: charge failed for order 17',
      'java.lang.IllegalStateException: boom',
      '\tat com.shop.Pay.charge(Pay.java:42)',
      '2024-03-01 12:00:05,000 ERROR [main] com.shop.Pay: charge failed for order 18',
    ].join('\n');
    const { items, records, problems } = await runImport(textLogImporter, sourceOf(text));
    expect(records).toBe(2);
    expect(problems).toEqual([]);
    expect(items.map((item) => [item.entry.title, item.entry.precision])).toEqual([
      ['[ERROR] charge failed for order <*> ×2', 'ms'],
    ]);
  });

  it('flags lines before the first timestamp', async () => {
    const { problems } = await runImport(textLogImporter, sourceOf('orphan line\n'));
    expect(problems[0]).toMatchObject({ line: 1 });
  });
});
