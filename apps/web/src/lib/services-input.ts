/** Service names typed as `checkout-api, payments` (commas or spaces), trimmed, without repeats. */
export function parseServiceNames(value: string): string[] {
  const names = value
    .split(/[\s,]+/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return [...new Set(names)];
}

/** The inverse of {@link parseServiceNames} for showing a list in a text input. */
export function formatServiceNames(names: readonly string[]): string {
  return names.join(', ');
}
