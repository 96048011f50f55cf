import { Readable } from 'node:stream';
import type { Importer } from '@aftermath/importers';
import { describe, expect, it } from 'vitest';
import { capProblems, collectEntries, maxProblemsKept } from './collect-entries';

const base = {
  at: '2026-03-01T12:00:00.000Z',
  precision: 's' as const,
  zoneAssumed: false,
  kind: 'deploy' as const,
  body: '',
  source: 'deploy',
  service: null,
  author: null,
  pinned: false,
};

const importer: Importer = {
  format: 'deploy',
  description: 'test',
  detect: () => 1,
  async *read() {
    await Promise.resolve();
    yield {
      dedupeKey: 'id:1',
      entry: {
        ...base,
        title: 'Deployed api',
        evidence: { evidenceId: 'x', line: 1, byteOffset: 0, jsonPointer: null },
      },
    };
    yield {
      dedupeKey: 'id:2',
      entry: {
        ...base,
        title: ' ',
        evidence: { evidenceId: 'x', line: 2, byteOffset: 10, jsonPointer: null },
      },
    };
    return { records: 3, problems: [{ line: 3, jsonPointer: null, message: 'not valid JSON' }] };
  },
};

describe('collectEntries', () => {
  it('points entries back to the evidence, keys them by format, and turns invalid ones into problems', async () => {
    let id = 0;
    const collected = await collectEntries(
      importer,
      () => Readable.from([]),
      { evidenceId: 'ev-9', defaultZone: 'UTC', referenceYear: 2026 },
      {
        key: 'INC-4',
        format: 'deploy',
        newId: () => `id-${++id}`,
        createdAt: '2026-03-02T00:00:00.000Z',
      },
    );
    expect(collected.records).toBe(3);
    expect(collected.entries.map((item) => item.dedupeKey)).toEqual(['deploy:id:1']);
    expect(collected.entries[0]?.entry).toMatchObject({
      id: 'id-1',
      incidentKey: 'INC-4',
      title: 'Deployed api',
      evidence: { evidenceId: 'ev-9', line: 1, byteOffset: 0, jsonPointer: null },
      version: 1,
    });
    expect(collected.problems).toEqual([
      { line: 2, jsonPointer: null, message: 'entry skipped: entry.title: a title is required' },
      { line: 3, jsonPointer: null, message: 'not valid JSON' },
    ]);
  });

  it('keeps at most a thousand problems and says how many more there were', () => {
    const many = Array.from({ length: maxProblemsKept + 5 }, (_, i) => ({
      line: i + 1,
      jsonPointer: null,
      message: 'bad',
    }));
    const kept = capProblems(many);
    expect(kept).toHaveLength(maxProblemsKept + 1);
    expect(kept.at(-1)?.message).toBe('… and 5 more problems not kept');
  });
});
