import fc from 'fast-check';

/** What a property test may do to one line of a valid file. */
type LineEditKind = 'delete' | 'insert' | 'copy' | 'swap' | 'splice';

/**
 * Files from `valid` with one to `maxEdits` lines deleted, inserted, copied, swapped or partly
 * overwritten by text from `inserted`: near-valid input that reaches a parser's deeper paths.
 *
 * @example
 * fc.property(damagedText(fc.constant(sample), fc.string({ maxLength: 12 })), (text) => parse(text));
 */
export function damagedText(
  valid: fc.Arbitrary<string>,
  inserted: fc.Arbitrary<string>,
  maxEdits = 3,
): fc.Arbitrary<string> {
  const kind = fc.constantFrom<LineEditKind>('delete', 'insert', 'copy', 'swap', 'splice');
  const edits = fc.array(fc.tuple(fc.nat(), fc.nat(), kind), { minLength: 1, maxLength: maxEdits });
  return fc.tuple(valid, edits, inserted).map(([text, chosen, insert]) => {
    const lines = text.split('\n');
    for (const [a, b, edit] of chosen) {
      const i = a % lines.length;
      const j = b % lines.length;
      if (edit === 'delete') lines.splice(i, 1);
      if (edit === 'insert') lines.splice(i, 0, insert);
      if (edit === 'copy') lines.splice(i, 0, lines[j] ?? '');
      if (edit === 'swap') [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
      if (edit === 'splice') {
        const line = lines[i] ?? '';
        const at = b % (line.length + 1);
        lines[i] = line.slice(0, at) + insert + line.slice(at + insert.length);
      }
    }
    return lines.join('\n');
  });
}
