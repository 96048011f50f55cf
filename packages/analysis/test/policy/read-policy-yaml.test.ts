import { defaultDecisionPolicy, isDomainError } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { readPolicyYaml, renderPolicyYaml } from '../../src/policy';

function problemsOf(text: string): { path: string; message: string }[] {
  try {
    readPolicyYaml(text, 'policy.yaml');
  } catch (error) {
    if (isDomainError(error, 'validation')) return error.details;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('readPolicyYaml', () => {
  it('reads an empty file as the default policy and round-trips the rendered default', () => {
    expect(readPolicyYaml('', 'policy.yaml')).toEqual(defaultDecisionPolicy);
    expect(readPolicyYaml(renderPolicyYaml(defaultDecisionPolicy), 'p.yaml')).toEqual(
      defaultDecisionPolicy,
    );
  });

  it('keeps defaults for fields a partial file leaves out', () => {
    const policy = readPolicyYaml('deadlines:\n  draftHours: 48\n', 'policy.yaml');
    expect(policy.deadlines).toEqual({ draftHours: 48, finalDays: 7 });
    expect(policy.full.maxSeverity).toBe('SEV2');
  });

  it.each([
    [
      'a negative deadline',
      'version: 1\ndeadlines:\n  draftHours: -5\n',
      'policy.yaml:3:deadlines.draftHours',
      /expected number to be >=1/,
    ],
    [
      'an unknown checklist item',
      'gates:\n  published:\n    - summary\n    - spelling\n',
      'policy.yaml:4:gates.published.1',
      /unknown checklist item; expected one of: summary/,
    ],
    [
      'an unknown field',
      'full:\n  maxSeverity: SEV1\n  minUsers: 4\n',
      'policy.yaml:3:full.minUsers',
      /unknown field; expected one of: maxSeverity, sloViolation/,
    ],
    ['a bad severity', 'full:\n  maxSeverity: SEV9\n', 'policy.yaml:2:full.maxSeverity', /SEV1/],
    [
      'a budget above 1',
      'full:\n  sloViolation:\n    minBudgetSpent: 5\n',
      'policy.yaml:3:full.sloViolation.minBudgetSpent',
      /<=1/,
    ],
    ['broken YAML', 'gates: [summary\n', 'policy.yaml:2:(file)', /not valid YAML/],
  ])('names file, line and field for %s', (_name, text, path, message) => {
    const problems = problemsOf(text);
    expect(problems[0]?.path).toBe(path);
    expect(problems[0]?.message).toMatch(message);
  });
});
