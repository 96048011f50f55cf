import { describe, expect, it } from 'vitest';
import { maskMessage, maskToken } from './mask-message';
import { tokenizeMessage } from './tokenize-message';

describe('maskToken', () => {
  it.each([
    ['an integer', '42', '<*>'],
    ['a negative number', '-17', '<*>'],
    ['a decimal', '0.2477829', '<*>'],
    ['a number in a key=value pair', 'uid=0', 'uid=<*>'],
    ['an IPv4 address with port', '10.251.73.220:50010', '<*>'],
    ['an address after a slash', '/10.10.34.11:45307', '/<*>'],
    ['a hex literal', '0x0185', '<*>'],
    ['a long hex id', '113d3a99c3da401fbd62cc2caa5b96d2', '<*>'],
    ['a UUID', 'b9000564-fe1a-409b-b8cc-1e88b294cd1d', '<*>'],
    [
      'a UUID with a letters-only group',
      '[instance: b9000564-abcd-409b-b8cc-1e88b294cd1d]',
      '[instance: <*>]',
    ],
    ['a prefixed UUID', 'req-38101a0b-2096-447d-96ea-a692162415ae', 'req-<*>'],
    ['a block id with a sign', 'blk_-6952295868487656571', 'blk_<*>'],
    ['a block id without one', 'blk_38865049064139660', 'blk_<*>'],
    ['a signed number after a colon', 'cport:-1)', 'cport:<*>)'],
    ['a clock time', '15:09:15', '<*>'],
    ['digits inside a word', 'bglio11', 'bglio<*>'],
    ['a numbered file', 'core.2275', 'core.<*>'],
    ['a path', '/etc/httpd/conf/workers2.properties', '<*>'],
    ['a quoted path, keeping its quotes', "'/udev/vcsa2',", "'<*>',"],
    ['a path ending in a colon', '/p/gb2/stella/RAPTOR/2183/raptor:', '<*>:'],
    ['a protocol version', 'HTTP/1.1"', 'HTTP/<*>"'],
  ])('masks %s', (_name, token, masked) => {
    expect(maskToken(token)).toBe(masked);
  });

  it.each([
    ['plain words', 'finished'],
    ['a word value', 'user=root'],
    ['a hyphenated word', 'double-hummer'],
    ['a class name', 'dfs.DataNode$PacketResponder'],
    ['a single slash', 'read/write'],
  ])('leaves %s alone', (_name, token) => {
    expect(maskToken(token)).toBe(token);
  });

  it('keeps word values apart, so different values stay different templates', () => {
    expect(maskToken('user=root')).not.toBe(maskToken('user=guest'));
  });
});

describe('maskMessage', () => {
  it('joins tokens with single spaces and trims the ends', () => {
    expect(maskMessage('  Received block blk_-42 of size 67108864  from /10.250.10.6 \t')).toBe(
      'Received block blk_<*> of size <*> from /<*>',
    );
  });

  it('returns the message itself when nothing is variable', () => {
    const message = 'Interrupted while waiting for message on queue';
    expect(maskMessage(message)).toBe(message);
  });

  it('keeps non-ASCII text exactly and treats it as punctuation', () => {
    expect(maskMessage('Grüße  von 10.0.0.1 – Größe 42µs 😀 7')).toBe(
      'Grüße von <*> – Größe <*>µs 😀 <*>',
    );
    expect(maskMessage('naïve\u00a0x9 \ud800 5')).toBe('naïve\u00a0x<*> \ud800 <*>');
  });

  it('masks a message longer than any before it, then a short one, without leftovers', () => {
    const long = `${'word '.repeat(4_000)}id=123`;
    expect(maskMessage(long)).toBe(`${'word '.repeat(4_000)}id=<*>`);
    expect(maskMessage('done 1')).toBe('done <*>');
  });

  it('does not read past the end of a message into the previous one', () => {
    maskMessage('b9000564-fe1a-409b-b8cc-1e88b294cd1d trailing text here');
    expect(maskMessage('b9000564')).toBe('<*>');
    expect(maskMessage('12345678-')).toBe('<*>-');
  });
});

describe('tokenizeMessage', () => {
  it('masks a date written inside the message, calendar words included', () => {
    expect(tokenizeMessage('connection from 1.2.3.4 () at Sun Jul 17 15:09:15 2005')).toEqual([
      'connection',
      'from',
      '<*>',
      '()',
      'at',
      '<*>',
    ]);
  });

  it('collapses lists of varying length into one wildcard token', () => {
    expect(tokenizeMessage('ask 10.0.0.1:50010 to delete blk_1 blk_-2 blk_3')).toEqual(
      tokenizeMessage('ask 10.0.0.2:50010 to delete blk_9'),
    );
  });

  it.each([
    ['(host8.topspot.net)', '(<*>)'],
    ['rhost=220-135-151-1.hinet-ip.hinet.net', 'rhost=<*>'],
    ['cp-1.slowvm1.tcloud-pg0.utah.cloudlab.us', '<*>'],
  ])('masks the host name in %s', (token, masked) => {
    expect(tokenizeMessage(`connect from ${token} ok`)).toEqual(['connect', 'from', masked, 'ok']);
  });

  it.each(['org.apache.zookeeper.Server', 'nova.compute.manager', 'app.test.ts', 'example.com'])(
    'leaves %s alone',
    (token) => {
      expect(tokenizeMessage(`load ${token}`)).toEqual(['load', token]);
    },
  );

  it('keeps month names that are not part of a date', () => {
    expect(tokenizeMessage('May I retry')).toEqual(['May', 'I', 'retry']);
  });

  it('only splits on whitespace when masking is off', () => {
    expect(tokenizeMessage(' took 12 ms ', false)).toEqual(['took', '12', 'ms']);
  });
});
