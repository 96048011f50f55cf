import { isDomainError, type PostmortemDocument } from '@aftermath/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePostmortemMarkdown, renderPostmortemMarkdown } from '../../src';
import { damagedText } from '../damaged-text';
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
const damagedFile = damagedText(validDocument.map(renderPostmortemMarkdown), text(40));

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
