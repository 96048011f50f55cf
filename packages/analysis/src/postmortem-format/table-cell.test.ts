import { describe, expect, it } from 'vitest';
import { decodeCell, encodeCell, splitRow } from './table-cell';

function roundTrip(value: string | null): string | null {
  const cells = splitRow(`| ${encodeCell(value)} | next |`);
  expect(cells).toHaveLength(2);
  return decodeCell(cells[0] ?? '');
}

describe('table cells', () => {
  it('keeps pipes, backslashes, newlines and HTML inside one cell', () => {
    const value = 'grep "a|b" C:\\logs\\app.log\n<b>bold</b> <br> literal';
    expect(encodeCell(value)).toBe(
      'grep "a\\|b" C:\\\\logs\\\\app.log<br>\\<b>bold\\</b> \\<br> literal',
    );
    expect(roundTrip(value)).toBe(value);
  });

  it('keeps spaces and tabs at either end, which Markdown would trim', () => {
    for (const value of [' ', '\t', '  padded  ', 'x ', ' x', '\tx\t']) {
      expect(roundTrip(value)).toBe(value);
    }
  });

  it('tells null (empty cell) from the empty string ("") and from the text ""', () => {
    expect(encodeCell(null)).toBe('');
    expect(encodeCell('')).toBe('""');
    expect(roundTrip(null)).toBeNull();
    expect(roundTrip('')).toBe('');
    expect(roundTrip('""')).toBe('""');
  });

  it('reads hand-written cells the way GitHub shows them', () => {
    expect(decodeCell('  Rolled back \\*all\\* pods  ')).toBe('Rolled back *all* pods');
    expect(decodeCell('first<br/>second<BR>third')).toBe('first\nsecond\nthird');
    expect(decodeCell('C:\\path')).toBe('C:\\path');
  });

  it('splits rows with or without outer pipes, at unescaped pipes only', () => {
    expect(splitRow('| a | b \\| c |')).toEqual([' a ', ' b \\| c ']);
    expect(splitRow('a | b')).toEqual(['a ', ' b']);
    expect(splitRow('| a\\\\| b |')).toEqual([' a\\\\', ' b ']);
    expect(splitRow('| a | |')).toEqual([' a ', ' ']);
  });
});
