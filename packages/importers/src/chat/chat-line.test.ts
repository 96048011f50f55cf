import { describe, expect, it } from 'vitest';
import { sourceOf } from '../json-documents/test-support';
import { parseChatLine, parseDateLine } from './chat-line';
import { LINE_BYTES_MAX, readLines } from './read-lines';

describe('parseChatLine', () => {
  it.each([
    ['[14:02] alice: text', 'alice', 'text'],
    ['(14:02:59) <+op> hi there', 'op', 'hi there'],
    ['14:02 Dana Scully: on it', 'Dana Scully', 'on it'],
    ['[14:02] * carol joined', null, '* carol joined'],
    ['[14:02] https://status.example/incident', null, 'https://status.example/incident'],
    [
      '[14:02] a very long sentence with many words: not a name',
      null,
      'a very long sentence with many words: not a name',
    ],
  ])('reads %j', (line, speaker, text) => {
    expect(parseChatLine(line)).toMatchObject({ speaker, text });
  });

  it.each(['[14:02 alice: unbalanced', '24:00 x: y', '[13:00 PM] x: y', '14:02', 'call at 14:02'])(
    'rejects %j',
    (line) => {
      expect(parseChatLine(line)).toBeNull();
    },
  );
});

describe('parseDateLine', () => {
  it.each([
    ['2026-11-20', { year: 2026, month: 11, day: 20 }],
    ['--- Day changed Thu Nov 20 2026', { year: 2026, month: 11, day: 20 }],
    ['=== Thursday, November 20, 2026 ===', { year: 2026, month: 11, day: 20 }],
    ['--- Day changed Sat Feb 29 2025', null],
    ['2026-11-20 was a Friday', null],
  ])('reads %j', (line, date) => {
    expect(parseDateLine(line)).toEqual(date);
  });
});

describe('readLines', () => {
  it('gives byte offsets in UTF-8 and cuts overlong lines without holding them', async () => {
    const long = 'x'.repeat(LINE_BYTES_MAX + 10);
    const lines = [];
    for await (const line of readLines(sourceOf(`\uFEFFgrüß\r\n${long}\nlast`, 3)))
      lines.push(line);
    expect(
      lines.map(({ text, line, byteOffset, cut }) => [text.length, line, byteOffset, cut]),
    ).toEqual([
      [4, 1, 0, false],
      [LINE_BYTES_MAX, 2, 11, true],
      [4, 3, 11 + LINE_BYTES_MAX + 11, false],
    ]);
    expect(lines[0]?.text).toBe('grüß');
  });
});
