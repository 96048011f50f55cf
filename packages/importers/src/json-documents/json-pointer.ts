/**
 * Appends one reference token to a JSON pointer (RFC 6901), escaping `~` and `/`.
 *
 * @example
 * appendPointer('/alerts', 2); // '/alerts/2'
 * appendPointer('', 'a/b'); // '/a~1b'
 */
export function appendPointer(pointer: string, token: string | number): string {
  const text = typeof token === 'number' ? String(token) : token;
  return `${pointer}/${text.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/**
 * The pointer one level up, or null for the root pointer `''`.
 *
 * @example
 * parentPointer('/alerts/2'); // '/alerts'
 * parentPointer('/alerts'); // ''
 */
export function parentPointer(pointer: string): string | null {
  if (pointer === '') return null;
  return pointer.slice(0, pointer.lastIndexOf('/'));
}
