import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipHead, gunzipStream, isGzip, peekStream } from './byte-streams';

async function* chunked(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let at = 0; at < bytes.byteLength; at += size) {
    await Promise.resolve();
    yield bytes.subarray(at, at + size);
  }
}

async function text(stream: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts).toString();
}

const lines = Array.from({ length: 5000 }, (_, i) => `line ${i} of the log\n`).join('');

describe('peekStream', () => {
  it('shows the head and still yields every byte, in order, from the start', async () => {
    const peeked = await peekStream(chunked(Buffer.from(lines), 1000), 4096);
    expect(Buffer.from(peeked.head).toString()).toBe(lines.slice(0, 4096));
    expect(peeked.whole).toBeNull();
    expect(await text(peeked.rest)).toBe(lines);
  });

  it('returns everything as the head when the stream is shorter', async () => {
    const peeked = await peekStream(chunked(Buffer.from('short'), 2), 4096);
    expect(Buffer.from(peeked.head).toString()).toBe('short');
    expect(Buffer.from(peeked.whole ?? []).toString()).toBe('short');
    expect(await text(peeked.rest)).toBe('short');
  });
});

describe('gzip', () => {
  const packed = gzipSync(lines);

  it('recognises gzip by its magic bytes only', () => {
    expect(isGzip(packed)).toBe(true);
    expect(isGzip(Buffer.from('{"kind":"deploy"}'))).toBe(false);
  });

  it('reads the start of a gzip stream cut anywhere', async () => {
    const head = await gunzipHead(packed.subarray(0, 200), 1024, 'app.log.gz');
    expect(lines.startsWith(Buffer.from(head).toString())).toBe(true);
    expect(head.byteLength).toBeGreaterThan(0);
  });

  it('unpacks a whole stream, several concatenated members included', async () => {
    const twice = Buffer.concat([packed, gzipSync('tail\n')]);
    expect(await text(gunzipStream(chunked(twice, 777), 'app.log.gz'))).toBe(`${lines}tail\n`);
  });

  it('names the evidence when the gzip is corrupt or truncated', async () => {
    const truncated = packed.subarray(0, packed.byteLength - 40);
    const error: unknown = await text(gunzipStream(chunked(truncated, 500), 'app.log.gz')).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'validation' });
    expect(String(error)).toMatch(/app\.log\.gz: corrupt gzip/);
  });
});
