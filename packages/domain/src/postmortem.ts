import { z } from 'zod';
import { defineLifecycle } from './lifecycle';
import { incidentKey } from './incident';
import { createEmptyRca, rootCauseAnalysis } from './rca';
import { utcTimestamp } from './time';
import { username } from './user';

/** The postmortem review lifecycle. */
export const postmortemStatus = z.enum(['draft', 'in_review', 'approved', 'published', 'closed']);
export type PostmortemStatus = z.infer<typeof postmortemStatus>;

/** Legal postmortem moves: reviewers can send a draft back; a published one can be reopened. */
export const postmortemLifecycle = defineLifecycle<PostmortemStatus>('postmortem', {
  draft: ['in_review'],
  in_review: ['draft', 'approved'],
  approved: ['in_review', 'published'],
  published: ['draft', 'closed'],
  closed: [],
});

/** The fixed sections, in document order, with their headings in Aftermath Markdown and the UI. */
export const postmortemSectionTitles = {
  summary: 'Summary',
  impact: 'Impact',
  trigger: 'Trigger',
  rootCauses: 'Root causes',
  contributingFactors: 'Contributing factors',
  detection: 'Detection',
  resolution: 'Resolution',
  wentWell: 'What went well',
  wentWrong: 'What went wrong',
  gotLucky: 'Where we got lucky',
  lessons: 'Lessons learned',
} as const;
export type PostmortemSectionName = keyof typeof postmortemSectionTitles;

/** Section names in document order. */
export const postmortemSectionNames = Object.keys(
  postmortemSectionTitles,
) as PostmortemSectionName[];

const sectionText = z.string().max(100_000);

/** The sections' Markdown text; an unwritten section is the empty string. */
export const postmortemSections = z.object({
  summary: sectionText,
  impact: sectionText,
  trigger: sectionText,
  rootCauses: sectionText,
  contributingFactors: sectionText,
  detection: sectionText,
  resolution: sectionText,
  wentWell: sectionText,
  wentWrong: sectionText,
  gotLucky: sectionText,
  lessons: sectionText,
});
export type PostmortemSections = z.infer<typeof postmortemSections>;

/** All sections empty. */
export const emptySections: PostmortemSections = {
  summary: '',
  impact: '',
  trigger: '',
  rootCauses: '',
  contributingFactors: '',
  detection: '',
  resolution: '',
  wentWell: '',
  wentWrong: '',
  gotLucky: '',
  lessons: '',
};

/** A postmortem; one per incident. */
export const postmortem = z.object({
  incidentKey,
  owner: z.string().max(200).nullable(),
  status: postmortemStatus,
  template: z.string().min(1).max(100),
  sections: postmortemSections,
  /** The coded root-cause analysis; empty until someone fills it in. */
  rca: rootCauseAnalysis.default(createEmptyRca),
  createdAt: utcTimestamp,
  updatedAt: utcTimestamp,
  version: z.number().int().min(1),
});
export type Postmortem = z.infer<typeof postmortem>;

/**
 * Create or update a postmortem's content; omitted sections stay as they are. `rca`, when given,
 * replaces the whole root-cause analysis (codes must be in the workspace taxonomy, cited entries
 * must belong to the incident).
 */
export const savePostmortemInput = z
  .object({
    owner: z.string().trim().min(1).max(200).nullable(),
    template: z.string().trim().min(1).max(100),
    sections: postmortemSections.partial().strict(),
    rca: rootCauseAnalysis,
    /** Who saves, for the version history, until requests carry an authenticated user. */
    author: username,
  })
  .partial()
  .strict();
export type SavePostmortem = z.output<typeof savePostmortemInput>;

/** A move through the lifecycle: `{"to":"in_review"}`. */
export const postmortemTransitionInput = z.object({
  to: postmortemStatus,
  note: z.string().max(5000).optional(),
});
export type PostmortemTransition = z.output<typeof postmortemTransitionInput>;
