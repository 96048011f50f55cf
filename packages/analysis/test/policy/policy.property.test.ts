import { defaultDecisionPolicy, isDomainError } from '@aftermath/domain';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readPolicyYaml, renderPolicyYaml } from '../../src/policy';
import { damagedText } from '../damaged-text';

// Hostile input for the policy reader: whatever the file, it returns a policy or throws one
// `validation` DomainError whose details name `file:line:field` (never another exception), and a
// policy it returns renders and reads back to itself.

/** Reads the text; true when accepted, false when rejected with a well-formed validation error. */
function readOrReject(text: string): boolean {
  try {
    const policy = readPolicyYaml(text, 'policy.yaml');
    expect(readPolicyYaml(renderPolicyYaml(policy), 'policy.yaml')).toEqual(policy);
    return true;
  } catch (error) {
    if (!isDomainError(error, 'validation')) throw error;
    expect(error.details.length).toBeGreaterThan(0);
    for (const detail of error.details) {
      expect(detail.path).toMatch(/^policy\.yaml:\d+:\S/);
      expect(detail.message.length).toBeGreaterThan(0);
    }
    return false;
  }
}

const rendered = renderPolicyYaml(defaultDecisionPolicy);

/** The default policy file with a few lines deleted, inserted, repeated, swapped or overwritten. */
const mutatedPolicy = damagedText(
  fc.constant(rendered),
  fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('-1', '1e999', 'null', '*a', '&a ', ': ', '- ', '  ', '{', '"', '!!str', '~'),
  ),
  4,
);

/** The default policy with one field (at any depth) replaced by an arbitrary JSON value. */
const policyWithOddField = fc
  .tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 }), fc.boolean())
  .map(([pick, value, asJson]) => {
    const policy = structuredClone(defaultDecisionPolicy) as Record<string, unknown>;
    const paths: [Record<string, unknown>, string][] = [];
    const walk = (node: Record<string, unknown>): void => {
      for (const [key, child] of Object.entries(node)) {
        paths.push([node, key]);
        if (child !== null && typeof child === 'object') walk(child as Record<string, unknown>);
      }
    };
    walk(policy);
    const [parent, key] = paths[pick % paths.length] ?? [policy, 'version'];
    parent[key] = value;
    return asJson ? JSON.stringify(policy) : stringify(policy);
  });

describe('readPolicyYaml on hostile input', () => {
  it('accepts the rendered default and rejects a wrong type with its line and field', () => {
    expect(readOrReject(rendered)).toBe(true);
    expect(readOrReject('deadlines:\n  draftHours: soon\n')).toBe(false);
  });

  it('quotes a blank key and one with spaces around it (counterexamples of the properties)', () => {
    const details = (text: string): unknown => {
      try {
        readPolicyYaml(text, 'policy.yaml');
      } catch (error) {
        if (isDomainError(error, 'validation')) return error.details.map((detail) => detail.path);
      }
      return 'accepted';
    };
    expect(details('?')).toEqual(['policy.yaml:1:""']);
    expect(details('{" !": {}}')).toEqual(['policy.yaml:1:" !"']);
    expect(details('deadlines:\n  "": 1\n')).toEqual(['policy.yaml:2:deadlines.""']);
  });

  it('reads or rejects any string with a validation error', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 })),
        (text) => void readOrReject(text),
      ),
      { numRuns: 200 },
    );
  }, 15_000);

  it('reads or rejects any JSON value, and the default with any field replaced', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
          policyWithOddField,
        ),
        (text) => void readOrReject(text),
      ),
      { numRuns: 200 },
    );
  }, 15_000);

  it('reads or rejects the default file with a few lines damaged', () => {
    fc.assert(
      fc.property(mutatedPolicy, (text) => void readOrReject(text)),
      { numRuns: 200 },
    );
  }, 15_000);
});
