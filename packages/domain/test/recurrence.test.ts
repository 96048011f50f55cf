import { describe, expect, it } from 'vitest';
import { assertRecurrenceLink } from '../src/recurrence';

describe('assertRecurrenceLink', () => {
  it('accepts a link to an earlier incident whose own chain does not come back', () => {
    expect(() => assertRecurrenceLink('INC-9', 'INC-4', ['INC-4', 'INC-2'])).not.toThrow();
  });

  it('rejects a link to itself, naming the field', () => {
    expect(() => assertRecurrenceLink('INC-4', 'INC-4', ['INC-4'])).toThrow(
      expect.objectContaining({
        code: 'validation',
        details: [{ path: 'recurrenceOf', message: 'INC-4 cannot be a recurrence of itself' }],
      }),
    );
  });

  it('rejects a link that closes a cycle and shows the loop', () => {
    expect(() => assertRecurrenceLink('INC-2', 'INC-4', ['INC-4', 'INC-3', 'INC-2'])).toThrow(
      'would make a cycle: INC-2 → INC-4 → INC-3 → INC-2',
    );
  });
});
