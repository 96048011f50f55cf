import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realdataRoot } from '../json-documents/test-support';
import { ArchiveError } from './export-archive';
import { readExportMember } from './export-member';

const zipPath = resolve(realdataRoot, 'chat-slack-export/dev/tests/testarchive.zip');

/** A ustar archive of the files, as `aftermath import FOLDER --format slack` stores a folder. */
function tarOf(files: Record<string, string>): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, text] of Object.entries(files)) {
    const body = Buffer.from(text);
    const header = Buffer.alloc(512);
    header.write(name, 0, 100, 'utf8');
    header.write(`${body.length.toString(8).padStart(11, '0')}\0`, 124, 12, 'utf8');
    header.write('0', 156, 1, 'utf8');
    header.write('ustar\0', 257, 6, 'utf8');
    blocks.push(header, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

async function* chunks(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) {
    await Promise.resolve();
    yield bytes.subarray(start, start + size);
  }
}

async function read(bytes: Uint8Array, name: string, size = 100): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const part of readExportMember(chunks(bytes, size), name)) parts.push(part);
  return Buffer.concat(parts).toString('utf8');
}

describe('readExportMember', () => {
  it('streams one file out of the tar an unpacked export is kept as, whatever the chunking', async () => {
    const day = JSON.stringify([{ type: 'message', text: 'x'.repeat(700), ts: '1.0' }]);
    const tar = tarOf({ 'users.json': '[]', 'general/2026-11-20.json': day, 'z.json': '{}' });
    for (const size of [1, 7, 512, 5000]) {
      expect(await read(tar, 'general/2026-11-20.json', size)).toBe(day);
    }
    expect(await read(tar, 'users.json')).toBe('[]');
    await expect(read(tar, 'general/2026-11-21.json')).rejects.toThrow(
      new ArchiveError('general/2026-11-21.json is not in the export'),
    );
  });

  it.skipIf(!existsSync(zipPath) && process.env.CI !== 'true')(
    'streams one file out of the real Slack export zip',
    async () => {
      const text = await read(readFileSync(zipPath), 'channels.json', 4096);
      const channels = JSON.parse(text) as { name: string }[];
      expect(channels.map((channel) => channel.name)).toEqual(['enrique', 'traveling-sailor']);
    },
  );

  it('refuses bytes that are neither zip nor tar', async () => {
    await expect(read(Buffer.from('{"not":"an archive"}'), 'users.json')).rejects.toThrow(
      'neither a zip nor a tar',
    );
  });
});
