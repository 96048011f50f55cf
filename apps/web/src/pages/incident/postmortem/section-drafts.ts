import type { PostmortemSectionName, PostmortemSections } from '@aftermath/domain';

/** The person's text for one section and the saved text it was written against. */
export interface SectionDraft {
  text: string;
  base: string;
}

export type SectionDrafts = Partial<Record<PostmortemSectionName, SectionDraft>>;

/** Sections whose draft differs from what is saved now: exactly what a save sends. */
export function changedSections(
  drafts: SectionDrafts,
  saved: PostmortemSections,
): Partial<PostmortemSections> {
  const changed: Partial<PostmortemSections> = {};
  for (const [name, draft] of Object.entries(drafts) as [PostmortemSectionName, SectionDraft][]) {
    if (draft.text !== saved[name]) changed[name] = draft.text;
  }
  return changed;
}

/** After a save, drops drafts that match the saved text, keeping any typed while it was in flight. */
export function withoutSaved(drafts: SectionDrafts, saved: PostmortemSections): SectionDrafts {
  const next: SectionDrafts = {};
  for (const [name, draft] of Object.entries(drafts) as [PostmortemSectionName, SectionDraft][]) {
    if (draft.text !== saved[name]) next[name] = { text: draft.text, base: saved[name] };
  }
  return next;
}

/**
 * True when someone else saved a different text for this section since the person began
 * editing it: a real conflict to show side by side.
 */
export function isContested(draft: SectionDraft | undefined, saved: string): boolean {
  return draft !== undefined && draft.base !== saved && draft.text !== saved;
}
