import type { ByteSource } from '../importer';

/** One line of text with where it starts: 1-based line number and byte offset. */
export interface TextLine {
  text: string;
  line: number;
  byteOffset: number;
}

/**
 * Splits UTF-8 bytes into lines (`\n` or `\r\n`), streaming: only the line being assembled is held.
 *
 * @example
 * for await (const { text, line } of readLines(source)) console.log(line, text);
 */
export async function* readLines(source: ByteSource): AsyncGenerator<TextLine> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let line = 1;
  let byteOffset = 0;
  const emit = (raw: string): TextLine => {
    const item = { text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, line, byteOffset };
    line += 1;
    byteOffset += Buffer.byteLength(raw) + 1;
    return item;
  };
  for await (const chunk of source()) {
    const text = pending + decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      yield emit(text.slice(start, end));
      start = end + 1;
    }
    pending = text.slice(start);
  }
  pending += decoder.decode();
  if (pending !== '') yield emit(pending);
}
