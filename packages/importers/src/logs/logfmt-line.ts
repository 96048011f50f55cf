/**
 * Parses one logfmt line (`key=value key2="quoted \"value\"" flag`) into its pairs, in order.
 * A bare key gets `true`; backslash escapes inside quotes are honoured. Returns null when the
 * line holds no `key=value` pair at all, so plain text is not mistaken for logfmt.
 *
 * @example
 * parseLogfmtLine('level=error msg="db down" retry=3');
 * // Map { 'level' => 'error', 'msg' => 'db down', 'retry' => '3' }
 */
export function parseLogfmtLine(text: string): Map<string, unknown> | null {
  const fields = new Map<string, unknown>();
  let pairs = 0;
  let at = 0;
  const length = text.length;
  while (at < length) {
    while (at < length && text.charCodeAt(at) <= 32) at += 1;
    if (at >= length) break;
    const keyStart = at;
    while (at < length && text.charCodeAt(at) > 32 && text.charCodeAt(at) !== 61) at += 1;
    const key = text.slice(keyStart, at);
    if (text.charCodeAt(at) !== 61) {
      if (key !== '') fields.set(key, true);
      continue;
    }
    at += 1;
    const [value, next] = readValue(text, at);
    at = next;
    if (key === '') continue;
    fields.set(key, value);
    pairs += 1;
  }
  return pairs === 0 ? null : fields;
}

function readValue(text: string, from: number): [string, number] {
  if (text.charCodeAt(from) !== 34) {
    let end = from;
    while (end < text.length && text.charCodeAt(end) > 32) end += 1;
    return [text.slice(from, end), end];
  }
  let value = '';
  let at = from + 1;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === 34) return [value, at + 1];
    if (code === 92 && at + 1 < text.length) {
      const escaped = text[at + 1] ?? '';
      value += escaped === 'n' ? '\n' : escaped === 't' ? '\t' : escaped;
      at += 2;
    } else {
      value += text[at] ?? '';
      at += 1;
    }
  }
  return [value, at];
}
