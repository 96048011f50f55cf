import { describe, expect, it } from 'vitest';
import { readLevel } from './header-tokens';

const LEVEL_WORDS = (
  'TRACE DEBUG FINE FINER FINEST CONFIG INFO NOTICE WARN WARNING ERROR ERR SEVERE ' +
  'CRITICAL CRIT ALERT FATAL EMERG EMERGENCY FAILURE PANIC'
).split(' ');

/** readLevel over the whole of `token`, as the splitter calls it for one header token. */
function levelOf(token: string): string | null {
  return readLevel(token, 0, token.length);
}

describe('readLevel', () => {
  it.each(LEVEL_WORDS)('returns %s as written, bare, capitalised or in brackets', (word) => {
    const capitalised = word.charAt(0) + word.slice(1).toLowerCase();
    expect(levelOf(word)).toBe(word);
    expect(levelOf(capitalised)).toBe(capitalised);
    expect(levelOf(`[${word.toLowerCase()}]`)).toBe(word.toLowerCase());
    expect(levelOf(`<${capitalised}>`)).toBe(capitalised);
  });

  it.each([
    ['a lower-case bare word', 'info'],
    ['mixed case that is not capitalised', 'iNFO'],
    ['a level with a letter more', 'INFOS'],
    ['a level with a letter less', 'INF'],
    ['a word of the same length', 'DATA'],
    ['a word with a digit', 'INF0'],
    ['an unclosed bracket', '[info'],
    ['mismatched brackets', '[info>'],
    ['a word too long to be a level', 'EMERGENCYX'],
  ])('rejects %s (%s)', (_name, token) => {
    expect(levelOf(token)).toBeNull();
  });

  it('reads the level inside a longer line without taking its neighbours', () => {
    const line = '081109 203615 148 INFO dfs.DataNode: ok';
    expect(readLevel(line, 18, 22)).toBe('INFO');
    expect(readLevel(line, 18, 23)).toBeNull();
  });
});
