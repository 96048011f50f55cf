// Adversarial inputs: every pattern is bounded, so each of these finishes in linear time. The
// assertions are on the output; a catastrophic backtrack would blow the test timeout instead.
import { describe, expect, it } from 'vitest';
import { lintLanguage } from '../../src';

const SIZE = 200_000;

function repeat(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length));
}

describe('lintLanguage in linear time on adversarial input', () => {
  it.each([
    ['letters', repeat('a'), 0],
    ['unclosed backticks', repeat('`` a '), 0],
    ['unclosed curly quotes', repeat('“a '), 0],
    ['curly quotes closed only after many paragraphs', `${repeat('“a\n\n')}”`, 0],
    ['unclosed straight quotes on one line', repeat('" a'), 0],
    ['unclosed HTML comments', repeat('<!-- a '), 0],
    ['URL schemes', repeat('a://'), 0],
    ['modal runs', repeat('should have '), 0],
    ['failure verbs without a person', repeat('it failed to '), 0],
    ['judgement words', repeat('obviously '), SIZE / 'obviously '.length],
  ])('%s', (_name, text, count) => {
    expect(lintLanguage(text, { names: ['Jane Doe'] })).toHaveLength(Math.ceil(count));
  });

  it('finds every match in a long document', () => {
    const text = repeat('The engineer failed to check.\n');
    expect(lintLanguage(text)).toHaveLength(
      Math.ceil(SIZE / 'The engineer failed to check.\n'.length),
    );
  });
});
