import { emptySections } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { changedSections, isContested, withoutSaved } from './section-drafts';

const saved = { ...emptySections, summary: 'Saved summary.', impact: 'Saved impact.' };

describe('postmortem section drafts', () => {
  it('sends only sections whose text differs from what is saved', () => {
    const drafts = {
      summary: { text: 'New summary.', base: 'Saved summary.' },
      impact: { text: 'Saved impact.', base: 'Saved impact.' },
    };
    expect(changedSections(drafts, saved)).toEqual({ summary: 'New summary.' });
  });

  it('keeps text typed while a save was in flight', () => {
    const drafts = { summary: { text: 'New summary, and more.', base: 'Saved summary.' } };
    const after = { ...saved, summary: 'New summary.' };
    expect(withoutSaved(drafts, after)).toEqual({
      summary: { text: 'New summary, and more.', base: 'New summary.' },
    });
    expect(withoutSaved({ summary: { text: 'New summary.', base: '' } }, after)).toEqual({});
  });

  it('calls a section contested only when someone else changed it after editing began', () => {
    const draft = { text: 'Mine.', base: 'Saved summary.' };
    expect(isContested(draft, 'Saved summary.')).toBe(false);
    expect(isContested(draft, 'Theirs.')).toBe(true);
    expect(isContested({ text: 'Theirs.', base: 'Saved summary.' }, 'Theirs.')).toBe(false);
  });
});
