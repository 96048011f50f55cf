// Adversarial inputs: every pattern is bounded, so each of these finishes in linear time. The
// assertions are on the output; a catastrophic backtrack would blow the test timeout instead.
import { describe, expect, it } from 'vitest';
import { findSensitive, redactText } from '../../src';

const SIZE = 100_000;

function repeat(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length));
}

describe('linear time on adversarial input', () => {
  it.each([
    ['letters', repeat('a')],
    ['digits', repeat('1')],
    ['digit groups', repeat('1 ')],
    ['dotted digits', repeat('1.')],
    ['at signs', repeat('a@')],
    ['colons', repeat('ff:')],
    ['double colons', repeat('::')],
    ['an unclosed quote', `"${repeat('aB3')}`],
    ['token prefixes', repeat('sk-')],
    ['an OpenAI-like run', `sk-${repeat('T3BlbkFJ')}`],
    ['JWT-like dots', repeat('eyJa.')],
    ['keywords with separators', repeat('password: ')],
    ['nested YAML parents', repeat('password:\n  ')],
    ['PEM headers', repeat('-----BEGIN PRIVATE KEY-----\n')],
    ['escaped newlines', `-----BEGIN PRIVATE KEY-----${repeat('\\n')}`],
    ['URL schemes', repeat('a://a:b@')],
    ['Slack-like dashes', repeat('xoxb-1-')],
    ['IBAN-like groups', repeat('GB82 ')],
    ['phone-like groups', repeat('(415) ')],
    ['spaces and line breaks', repeat(' \r\n')],
  ])('%s: nothing sensitive', (_name, text) => {
    expect(findSensitive(text)).toEqual([]);
  });

  it('a huge run of matches is still found in full', () => {
    const text = repeat('mail ops@example.com ');
    const result = redactText(text);
    expect(result.findings).toHaveLength(Math.ceil(SIZE / 21));
    expect(result.text).not.toContain('@');
  });
});
