import { describe, expect, it } from 'vitest';
import { findSensitive, redactText } from '../../src';
import { assemble, filler, githubToken, privateKeyBlock, stripeLive } from './fixtures';

describe('redactText', () => {
  it('gives the same value the same placeholder and numbers each rule by first appearance', () => {
    const other = assemble('ghp', '_', filler(36, undefined, 30));
    const text = `a ${githubToken} b ${other} c ${githubToken} d ${stripeLive} e ops@example.com, OPS@example.com`;
    expect(redactText(text).text).toBe(
      'a [REDACTED:github-token#1] b [REDACTED:github-token#2] c [REDACTED:github-token#1] ' +
        'd [REDACTED:stripe-key#1] e [REDACTED:email#1], [REDACTED:email#1]',
    );
  });

  it('keeps the line structure of a multi-line key: each line becomes the same placeholder', () => {
    const text = `before\n${privateKeyBlock()}\nafter`;
    const lines = redactText(text).text.split('\n');
    expect(lines).toHaveLength(text.split('\n').length);
    expect(new Set(lines.slice(1, -1))).toEqual(new Set(['[REDACTED:private-key#1]']));
    expect([lines[0], lines[lines.length - 1]]).toEqual(['before', 'after']);
  });

  it('returns the findings of findSensitive, positioned in the original text', () => {
    const text = `token=${githubToken}\r\nmail ops@example.com`;
    const result = redactText(text);
    expect(result.findings).toEqual(findSensitive(text));
    expect(result.text).toBe('token=[REDACTED:github-token#1]\r\nmail [REDACTED:email#1]');
  });

  it('leaves a text without findings unchanged', () => {
    const text = 'The cache warmed up at 14:05 and latency recovered.';
    expect(redactText(text)).toEqual({ text, findings: [] });
  });
});
