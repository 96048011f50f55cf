import { describe, expect, it } from 'vitest';
import type { NumberedLine } from './split-front-matter';
import { exactBegin, exactEnd, parseSectionText, renderSectionText } from './section-text';

function asLines(text: string): NumberedLine[] {
  return text.split('\n').map((line, index) => ({ line: index + 1, text: line }));
}

function roundTrip(text: string): string {
  return parseSectionText(asLines(renderSectionText(text)));
}

describe('section text', () => {
  it('escapes lines that would read as a section heading, and only those', () => {
    const text = '## Summary\n### Details\n   ## Timeline\n#hashtag\n\\## already escaped';
    expect(renderSectionText(text)).toBe(
      '\\## Summary\n### Details\n   \\## Timeline\n#hashtag\n\\\\## already escaped',
    );
    expect(roundTrip(text)).toBe(text);
  });

  it('keeps leading and trailing blank lines by wrapping the text in exact markers', () => {
    const text = '\n  \nBody with a trailing newline\n';
    const rendered = renderSectionText(text);
    expect(rendered.split('\n')[0]).toBe(exactBegin);
    expect(rendered.split('\n').at(-1)).toBe(exactEnd);
    expect(roundTrip(text)).toBe(text);
  });

  it('writes ordinary text as it is, with no markers', () => {
    const text = 'Line one  \n\n| a | b |\n| - | - |\n\n```sh\necho "|"\n```';
    expect(renderSectionText(text)).toBe(text);
    expect(roundTrip(text)).toBe(text);
  });

  it('keeps text that itself starts or ends with a marker line', () => {
    for (const text of [
      exactBegin,
      `${exactBegin}\nx`,
      `x\n${exactEnd}`,
      `${exactBegin}\n${exactEnd}`,
    ]) {
      expect(roundTrip(text)).toBe(text);
    }
  });

  it('drops blank lines around hand-written text', () => {
    expect(parseSectionText(asLines('\n\n  Some text.\n\n\n'))).toBe('  Some text.');
  });
});
