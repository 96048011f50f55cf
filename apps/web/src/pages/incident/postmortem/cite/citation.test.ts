import { describe, expect, it } from 'vitest';
import { formatCitation, insertCitation } from './citation';

describe('timeline citations in section text', () => {
  it('labels an entry by its row in the timeline table and links to its anchor', () => {
    expect(formatCitation(2, '01JX')).toBe('[T3](#entry-01JX)');
  });

  it('replaces the selection and keeps words apart', () => {
    const cite = '[T1](#entry-a)';
    expect(insertCitation('The deploy broke it.', 10, 10, cite)).toEqual({
      text: 'The deploy [T1](#entry-a) broke it.',
      caret: 25,
    });
    expect(insertCitation('The deploy.', 10, 10, cite).text).toBe('The deploy [T1](#entry-a).');
    expect(insertCitation('', 0, 0, cite)).toEqual({ text: cite, caret: cite.length });
    expect(insertCitation('See XX now', 4, 6, cite).text).toBe('See [T1](#entry-a) now');
  });
});
