import { describe, expect, it } from 'vitest';
import { createJsonImporter } from './json-importer';
import { runImport, sourceOf } from './test-support';

const failing = createJsonImporter({
  format: 'cloudevents',
  description: 'test importer',
  detect: () => Number.NaN,
  *extractRecords(value, context) {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) yield { pointer: `/${i}`, problem: `bad ${i}` };
      return;
    }
    if ((value as { explode?: boolean }).explode) throw new Error('boom');
    yield { pointer: '', problem: `document ${context.document.index}`, aboutDocument: true };
  },
});

describe('createJsonImporter', () => {
  it('turns an importer bug into a problem on that document and reads the next', async () => {
    const { problems, records } = await runImport(failing, sourceOf('{"explode":true}\n{}\n'));
    expect(problems).toEqual([
      { line: 1, jsonPointer: '', message: 'could not read this document: boom' },
      { line: 2, jsonPointer: '', message: 'document 1' },
    ]);
    expect(records).toBe(0);
  });

  it('keeps the first 1000 problems and counts the rest in one closing problem', async () => {
    const { problems, records } = await runImport(
      failing,
      sourceOf(JSON.stringify(new Array(1500).fill(0))),
    );
    expect(records).toBe(1500);
    expect(problems).toHaveLength(1001);
    expect(problems[999]?.message).toBe('bad 999');
    expect(problems[1000]?.message).toBe(
      '500 more problems not listed (only the first 1000 are kept)',
    );
  });

  it('clamps detection confidence to 0–1', () => {
    expect(failing.detect('{}', null)).toBe(0);
  });
});
