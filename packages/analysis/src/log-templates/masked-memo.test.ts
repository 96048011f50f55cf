import { describe, expect, it } from 'vitest';
import { writeMaskedMessage } from './mask-message';
import { MaskWriter } from './mask-writer';
import { MaskedMemo } from './masked-memo';

function written(message: string): MaskWriter {
  const writer = new MaskWriter();
  writeMaskedMessage(writer, message);
  return writer;
}

describe('MaskedMemo', () => {
  it('finds a value by the masked form of a message, without its string', () => {
    const memo = new MaskedMemo<string>();
    const first = written('took 12 ms on host-1');
    memo.set(first.decode(), first.hash, 'T1');
    expect(memo.get(written('took 9931 ms  on host-77'))).toBe('T1');
    expect(memo.get(written('took 12 ms on host-a'))).toBeUndefined();
  });

  it('tells apart keys whose hashes collide', () => {
    const memo = new MaskedMemo<string>();
    const writer = written('took <*> ms');
    memo.set('something else', writer.hash, 'wrong');
    expect(memo.get(writer)).toBeUndefined();
    memo.set(writer.decode(), writer.hash, 'right');
    expect(memo.get(writer)).toBe('right');
    expect(memo.size).toBe(2);
  });

  it('forgets everything when cleared', () => {
    const memo = new MaskedMemo<string>();
    const writer = written('started');
    memo.set(writer.decode(), writer.hash, 'T1');
    memo.clear();
    expect(memo.get(writer)).toBeUndefined();
    expect(memo.size).toBe(0);
  });
});
