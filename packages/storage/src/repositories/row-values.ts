import { DomainError } from '@aftermath/domain';

// Conversions between domain values and column values that every dialect stores the same way.

const utcIsoShape = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * Checks that a timestamp is the canonical UTC form (`2026-03-01T12:00:00.000Z`) before it is
 * stored: text columns sort in time order only when every value has this exact shape.
 */
export function utcText(value: string, path: string): string {
  if (utcIsoShape.test(value) && new Date(value).toISOString() === value) return value;
  throw new DomainError(
    'validation',
    `${path}: expected a UTC timestamp like 2026-03-01T12:00:00.000Z, got "${value}"`,
    [{ path, message: 'expected a UTC timestamp like 2026-03-01T12:00:00.000Z' }],
  );
}

export function nullableUtcText(value: string | null, path: string): string | null {
  return value === null ? null : utcText(value, path);
}

/** 64-bit columns arrive as strings from node-postgres and as numbers elsewhere. */
export function toNumber(value: number | string | bigint): number {
  return Number(value);
}

export function toNullableNumber(value: number | string | bigint | null): number | null {
  return value === null ? null : Number(value);
}

export function toFlag(value: boolean): 0 | 1 {
  return value ? 1 : 0;
}

/** Escapes `%`, `_` and `\` so user text matches literally inside `LIKE … ESCAPE '\'`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
