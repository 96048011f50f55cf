import { describe, expect, it } from 'vitest';
import { stemWord, tokenize } from './tokenize';

describe('tokenize', () => {
  it('lower-cases, splits on punctuation and drops stop words and single letters', () => {
    expect(tokenize('The DB fail-back (v2) X').map((t) => t.stem)).toEqual([
      'db',
      'fail',
      'back',
      'v2',
    ]);
  });

  it.each([
    ['timeouts', 'timeout'],
    ['restarted', 'restart'],
    ['failures', 'failur'],
    ['failure', 'failure'],
    ['dependencies', 'dependency'],
    ['access', 'access'],
    ['dns', 'dns'],
    ['http500s', 'http500s'],
  ])('stems %s as %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});
