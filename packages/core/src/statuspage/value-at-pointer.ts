/**
 * The value a JSON pointer (RFC 6901) names in `json`, or undefined when it names nothing.
 *
 * @example
 * valueAtPointer({ incidents: [{ id: 'a' }] }, '/incidents/0/id'); // 'a'
 */
export function valueAtPointer(json: unknown, pointer: string): unknown {
  if (pointer === '') return json;
  let value: unknown = json;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) value = /^\d+$/.test(token) ? value[Number(token)] : undefined;
    else if (typeof value === 'object' && value !== null && Object.hasOwn(value, token)) {
      value = (value as Record<string, unknown>)[token];
    } else return undefined;
  }
  return value;
}
