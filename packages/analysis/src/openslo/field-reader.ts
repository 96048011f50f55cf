// Small readers over a parsed YAML value that note every problem with its field path and carry
// on, so one run reports all the problems of a document rather than the first.

/** One problem in a document: the field path (`spec.objectives[0].target`) and why. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** A plain object (YAML mapping), or null for anything else. */
export type YamlMap = Record<string, unknown>;

export function isMap(value: unknown): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects issues for one document. */
export class FieldReader {
  readonly issues: FieldIssue[] = [];

  fail(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  /** The mapping at `path`; notes a problem (when required) and returns null otherwise. */
  map(value: unknown, path: string, required = true): YamlMap | null {
    if (isMap(value)) return value;
    if (value !== undefined || required)
      this.fail(path, value === undefined ? 'is required' : 'must be a mapping');
    return null;
  }

  list(value: unknown, path: string, required = true): unknown[] | null {
    if (Array.isArray(value)) return value as unknown[];
    if (value !== undefined || required)
      this.fail(path, value === undefined ? 'is required' : 'must be a list');
    return null;
  }

  string(value: unknown, path: string, required = true): string | null {
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (value !== undefined || required) {
      this.fail(path, value === undefined ? 'is required' : 'must be a non-empty string');
    }
    return null;
  }

  number(value: unknown, path: string, required = true): number | null {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (value !== undefined || required)
      this.fail(path, value === undefined ? 'is required' : 'must be a number');
    return null;
  }

  boolean(value: unknown, path: string): boolean | null {
    if (typeof value === 'boolean') return value;
    if (value !== undefined) this.fail(path, 'must be true or false');
    return null;
  }

  /** One of `choices`, or null with an issue listing them. */
  choice<T extends string>(
    value: unknown,
    path: string,
    choices: readonly T[],
    required = true,
  ): T | null {
    if (typeof value === 'string' && (choices as readonly string[]).includes(value))
      return value as T;
    if (value !== undefined || required) {
      this.fail(
        path,
        `must be one of ${choices.join(', ')}${value === undefined ? '' : `, got ${JSON.stringify(value)}`}`,
      );
    }
    return null;
  }
}
