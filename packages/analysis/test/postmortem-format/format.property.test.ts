import { isDomainError } from '@aftermath/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePostmortemMarkdown, renderPostmortemMarkdown } from '../../src';
import { makeDocument } from './document-factory';

// Arbitrary JSON in the front matter (JSON is YAML): the parser reads the file or throws one
// `validation` DomainError naming `file:line` for each detail, never another exception.

const rendered = renderPostmortemMarkdown(makeDocument());
const lines = rendered.split('\n');
const closing = lines.indexOf('---', 1);

/** True when read; false when rejected with a well-formed validation error. */
function readOrReject(input: string): boolean {
  try {
    parsePostmortemMarkdown(input, 'fuzz.md');
    return true;
  } catch (error) {
    if (!isDomainError(error, 'validation')) throw error;
    expect(error.message).toMatch(/^fuzz\.md:\d+: /);
    for (const detail of error.details) expect(detail.path).toMatch(/^fuzz\.md:\d+:\S/);
    return false;
  }
}

/** The sample with the value of one front-matter line replaced by a JSON value. */
const oddField = fc
  .tuple(fc.integer({ min: 1, max: closing - 1 }), fc.jsonValue({ maxDepth: 3 }))
  .map(([at, value]) => {
    const copy = [...lines];
    const line = copy[at] ?? '';
    const colon = line.indexOf(':');
    copy[at] = `${colon < 0 ? line : line.slice(0, colon + 1)} ${JSON.stringify(value)}`;
    return copy.join('\n');
  });

/** The sample's body under a front matter that is any JSON value. */
const jsonFrontMatter = fc
  .jsonValue({ maxDepth: 4 })
  .map((value) => ['---', JSON.stringify(value), ...lines.slice(closing)].join('\n'));

describe('parsePostmortemMarkdown on JSON front matter', () => {
  it('reads the unchanged sample', () => {
    expect(closing).toBeGreaterThan(1);
    expect(readOrReject(rendered)).toBe(true);
    expect(readOrReject(rendered.replace('\n---\n', '\n[]\n---\n'))).toBe(false);
  });

  it('reads or rejects the sample with any front-matter value replaced by JSON', () => {
    fc.assert(
      fc.property(oddField, (input) => void readOrReject(input)),
      { numRuns: 200 },
    );
  }, 15_000);

  it('reads or rejects the sample body under a front matter that is any JSON value', () => {
    fc.assert(
      fc.property(jsonFrontMatter, (input) => void readOrReject(input)),
      { numRuns: 150 },
    );
  }, 15_000);
});
