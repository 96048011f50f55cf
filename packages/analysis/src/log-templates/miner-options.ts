import { DomainError, type ErrorDetail } from '@aftermath/domain';
import type { TemplateMinerOptions } from './template-miner.types';

/** The defaults: one configuration for every log source (no per-system tuning). */
export const DEFAULT_MINER_OPTIONS: Required<TemplateMinerOptions> = {
  depth: 5,
  similarityThreshold: 0.73,
  maxChildren: 100,
  maskVariables: true,
};

/**
 * Fills in defaults and checks ranges; throws a `validation` DomainError with one detail per bad
 * option, naming it and saying why.
 */
export function resolveMinerOptions(options: TemplateMinerOptions): Required<TemplateMinerOptions> {
  const settings = { ...DEFAULT_MINER_OPTIONS };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) Object.assign(settings, { [key]: value as unknown });
  }
  const problems: ErrorDetail[] = [];
  const { depth, similarityThreshold, maxChildren, maskVariables } = settings;
  if (!Number.isInteger(depth) || depth < 3 || depth > 16) {
    problems.push({ path: 'depth', message: 'expected a whole number from 3 to 16' });
  }
  if (
    typeof similarityThreshold !== 'number' ||
    !(similarityThreshold >= 0 && similarityThreshold <= 1)
  ) {
    problems.push({ path: 'similarityThreshold', message: 'expected a number from 0 to 1' });
  }
  if (!Number.isInteger(maxChildren) || maxChildren < 1) {
    problems.push({ path: 'maxChildren', message: 'expected a whole number of at least 1' });
  }
  if (typeof maskVariables !== 'boolean') {
    problems.push({ path: 'maskVariables', message: 'expected true or false' });
  }
  if (problems.length > 0) {
    const summary = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    throw new DomainError('validation', `Invalid template miner options: ${summary}`, problems);
  }
  return settings;
}
