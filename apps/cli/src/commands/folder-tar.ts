import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const BLOCK = 512;

async function listFiles(root: string, folder = root): Promise<string[]> {
  const found: string[] = [];
  const items = await readdir(folder, { withFileTypes: true });
  items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const item of items) {
    const path = join(folder, item.name);
    if (item.isDirectory()) found.push(...(await listFiles(root, path)));
    else if (item.isFile()) found.push(path);
  }
  return found;
}

function writeField(header: Buffer, offset: number, length: number, text: string): void {
  header.write(text.slice(0, length), offset, length, 'utf8');
}

function octal(value: number, length: number): string {
  return `${value.toString(8).padStart(length - 1, '0')}\0`;
}

// ustar splits a long path into a prefix (≤155 bytes) and a name (≤100 bytes) at a slash.
function splitName(name: string): [string, string] {
  if (Buffer.byteLength(name) <= 100) return ['', name];
  const cut = name.lastIndexOf('/', 155);
  if (cut <= 0 || Buffer.byteLength(name.slice(cut + 1)) > 100) {
    throw new Error(`${name}: path too long for a tar archive`);
  }
  return [name.slice(0, cut), name.slice(cut + 1)];
}

function header(name: string, size: number): Buffer {
  const block = Buffer.alloc(BLOCK);
  const [prefix, short] = splitName(name);
  writeField(block, 0, 100, short);
  writeField(block, 100, 8, octal(0o644, 8));
  writeField(block, 108, 8, octal(0, 8));
  writeField(block, 116, 8, octal(0, 8));
  writeField(block, 124, 12, octal(size, 12));
  // mtime 0: the same folder always gives the same bytes, so re-importing it is recognised.
  writeField(block, 136, 12, octal(0, 12));
  block.fill(' ', 148, 156);
  writeField(block, 156, 1, '0');
  writeField(block, 257, 6, 'ustar\0');
  writeField(block, 263, 2, '00');
  writeField(block, 345, 155, prefix);
  const sum = block.reduce((total, byte) => total + byte, 0);
  writeField(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

/**
 * The files of a folder as one uncompressed tar (ustar) stream, in name order, file by file, so
 * an unpacked export is kept in the blob store as one archive anyone can unpack again.
 */
export async function* streamFolderAsTar(folder: string): AsyncGenerator<Uint8Array> {
  for (const path of await listFiles(folder)) {
    const name = relative(folder, path).split(sep).join('/');
    const { size } = await stat(path);
    yield header(name, size);
    for await (const chunk of createReadStream(path)) yield chunk as Buffer;
    const padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (padding > 0) yield Buffer.alloc(padding);
  }
  yield Buffer.alloc(BLOCK * 2);
}
