import { describe, expect, it } from 'vitest';
import { actionLifecycle, incidentLifecycle, isDomainError, postmortemLifecycle } from '../src';

describe('lifecycles', () => {
  it('allows the documented moves and explains refusals', () => {
    expect(incidentLifecycle.canTransition('open', 'mitigated')).toBe(true);
    expect(incidentLifecycle.canTransition('closed', 'open')).toBe(false);
    expect(postmortemLifecycle.canTransition('draft', 'published')).toBe(false);
    expect(actionLifecycle.canTransition('done', 'verified')).toBe(true);
    try {
      postmortemLifecycle.assertTransition('draft', 'published');
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error, 'illegal_transition')).toBe(true);
      expect((error as Error).message).toBe(
        'A postmortem cannot move from draft to published: from draft it can move to in_review',
      );
    }
    expect(() => incidentLifecycle.assertTransition('closed', 'open')).toThrow(/closed is final/);
  });
});
