/**
 * The 1-based line on which each element of a top-level JSON array starts, in order. Scans the
 * text once, skipping strings, so `JSON.parse` can stay the parser and problems still name lines.
 *
 * @example
 * arrayElementLines('[\n  {"a": 1},\n  {"a": 2}\n]'); // [2, 3]
 */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\n') line += 1;
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r' || char === '\n') continue;
    if (depth === 1 && expectValue && char !== ']') {
      lines.push(line);
      expectValue = false;
    }
    if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      depth += 1;
      if (depth === 1 && char === '[') expectValue = true;
    } else if (char === ']' || char === '}') depth -= 1;
    else if (char === ',' && depth === 1) expectValue = true;
  }
  return lines;
}

/**
 * The 1-based line of a `JSON.parse` error, from the character position V8 puts in its message
 * (`… in JSON at position 42`), or null when the message has none.
 */
export function lineOfParseError(text: string, error: unknown): number | null {
  const message = error instanceof Error ? error.message : '';
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) return null;
  const before = text.slice(0, Number(position));
  return before.split('\n').length;
}
