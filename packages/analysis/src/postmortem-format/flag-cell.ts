/** Yes/no cells: written `yes` or `no`; read case-insensitively, also as true/false; empty is no. */

/** The cell text for a flag. */
export function formatFlag(value: boolean): string {
  return value ? 'yes' : 'no';
}

/** Reads a flag cell, reporting anything that is not yes/no (the value then reads as false). */
export function readFlag(
  text: string | null | undefined,
  field: string,
  report: (field: string, message: string) => void,
): boolean {
  const value = (text ?? '').trim().toLowerCase();
  if (value === 'yes' || value === 'true') return true;
  if (value === 'no' || value === 'false' || value === '') return false;
  report(field, `expected yes or no, found "${text ?? ''}"`);
  return false;
}
