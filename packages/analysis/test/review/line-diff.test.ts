import { describe, expect, it } from 'vitest';
import { diffLines, parseMentions } from '../../src';

/** Applies a diff to the old text: what remains must be exactly the new text. */
function apply(lines: ReturnType<typeof diffLines>): string[] {
  return lines.filter((line) => line.op !== 'delete').map((line) => line.text);
}

const edits = (lines: ReturnType<typeof diffLines>) => lines.filter((l) => l.op !== 'equal').length;

describe('diffLines', () => {
  it('finds the shortest edit script of the Myers paper example (D = 5)', () => {
    const lines = diffLines('A\nB\nC\nA\nB\nB\nA', 'C\nB\nA\nB\nA\nC');
    expect(edits(lines)).toBe(5);
    expect(apply(lines)).toEqual(['C', 'B', 'A', 'B', 'A', 'C']);
    expect(lines.filter((l) => l.op !== 'insert').map((l) => l.text)).toEqual([
      'A',
      'B',
      'C',
      'A',
      'B',
      'B',
      'A',
    ]);
  });

  it('numbers lines on each side and shows a replaced line as delete then insert', () => {
    expect(diffLines('keep\nold\nend\n', 'keep\nnew\nend')).toEqual([
      { op: 'equal', text: 'keep', oldLine: 1, newLine: 1 },
      { op: 'delete', text: 'old', oldLine: 2, newLine: null },
      { op: 'insert', text: 'new', oldLine: null, newLine: 2 },
      { op: 'equal', text: 'end', oldLine: 3, newLine: 3 },
    ]);
  });

  it('handles empty sides and identical texts', () => {
    expect(diffLines('', '').length).toBe(0);
    expect(diffLines('', 'a\nb').map((l) => l.op)).toEqual(['insert', 'insert']);
    expect(diffLines('a\r\nb', '').map((l) => [l.op, l.text])).toEqual([
      ['delete', 'a'],
      ['delete', 'b'],
    ]);
    expect(edits(diffLines('x\ny\nz', 'x\ny\nz'))).toBe(0);
  });

  it('stays minimal on random edits (checked against an LCS table)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const lcs = (a: string[], b: string[]) => {
      const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
      for (let i = 1; i <= a.length; i += 1)
        for (let j = 1; j <= b.length; j += 1)
          t[i]![j] =
            a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
      return t[a.length]![b.length]!;
    };
    for (let round = 0; round < 200; round += 1) {
      const make = () =>
        Array.from({ length: Math.floor(random() * 12) }, () => 'abcd'[Math.floor(random() * 4)]!);
      const a = make();
      const b = make();
      const lines = diffLines(a.join('\n'), b.join('\n'));
      expect(apply(lines)).toEqual(b);
      expect(edits(lines)).toBe(a.length + b.length - 2 * lcs(a, b));
    }
  });
});

describe('parseMentions', () => {
  it('reads @usernames once each, lower-cased, and skips e-mail addresses', () => {
    expect(parseMentions('@Ana please check, cc @bo. Mail ops@example.org or @ana again')).toEqual([
      'ana',
      'bo',
    ]);
    expect(parseMentions('(@cy) and "@di_2"')).toEqual(['cy', 'di_2']);
    expect(parseMentions('no mentions @ all')).toEqual([]);
  });
});
