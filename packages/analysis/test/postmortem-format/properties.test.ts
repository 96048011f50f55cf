import { isDomainError, type PostmortemDocument } from '@aftermath/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePostmortemMarkdown, renderPostmortemMarkdown } from '../../src';
import { text, validDocument } from './document-arbitraries';

/** Parses, and on success checks that what was accepted re-renders to a fixed point. */
function parseOrReject(input: string): PostmortemDocument | 'rejected' {
  let doc: PostmortemDocument;
  try {
    doc = parsePostmortemMarkdown(input, 'fuzz.md');
  } catch (error) {
    if (!isDomainError(error, 'validation')) throw error;
    expect(error.message).toMatch(/^fuzz\.md:\d+: /);
    for (const detail of error.details) expect(detail.path).toMatch(/^fuzz\.md:\d+:\S/);
    return 'rejected';
  }
  const rendered = renderPostmortemMarkdown(doc);
  const again = parsePostmortemMarkdown(rendered, 'fuzz.md');
  expect(again).toEqual(doc);
  expect(renderPostmortemMarkdown(again)).toBe(rendered);
  return doc;
}

/** A valid file with a few lines deleted, inserted, copied, swapped or partly overwritten. */
const damagedFile = fc
  .tuple(
    validDocument,
    fc.array(
      fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('delete', 'insert', 'copy', 'swap', 'splice')),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
    text(40),
  )
  .map(([doc, edits, inserted]) => {
    const lines = renderPostmortemMarkdown(doc).split('\n');
    for (const [a, b, kind] of edits) {
      const i = a % lines.length;
      const j = b % lines.length;
      if (kind === 'delete') lines.splice(i, 1);
      if (kind === 'insert') lines.splice(i, 0, inserted);
      if (kind === 'copy') lines.splice(i, 0, lines[j] ?? '');
      if (kind === 'swap') [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
      if (kind === 'splice') {
        const line = lines[i] ?? '';
        const at = b % (line.length + 1);
        lines[i] = line.slice(0, at) + inserted + line.slice(at + inserted.length);
      }
    }
    return lines.join('\n');
  });

describe('Aftermath Markdown properties', () => {
  it('round-trips any valid document exactly', () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        const rendered = renderPostmortemMarkdown(doc);
        const back = parsePostmortemMarkdown(rendered, 'fuzz.md');
        expect(back).toEqual(doc);
        expect(renderPostmortemMarkdown(back)).toBe(rendered);
        expect(rendered.endsWith('\n') && !rendered.endsWith('\n\n')).toBe(true);
        expect(rendered.startsWith('---\n')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('either reads a document or throws a validation error for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), text(400)), (input) => {
        parseOrReject(input);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects damaged files cleanly, and re-renders whatever it accepts deterministically', () => {
    fc.assert(
      fc.property(damagedFile, (input) => {
        parseOrReject(input);
      }),
      { numRuns: 200 },
    );
  });
});
