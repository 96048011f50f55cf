import {
  actionItem,
  customerImpact,
  evidenceRef,
  incident,
  milestones,
  postmortem,
  rootCauseAnalysis,
  timelineEntry,
} from '@aftermath/domain';

/**
 * The schemas a postmortem file is validated with: the domain's own, minus storage identity, and
 * strict at every level so a misspelt field is reported instead of silently dropped.
 */
export const postmortemMetaSchema = postmortem
  .pick({ owner: true, status: true, template: true, createdAt: true, updatedAt: true })
  .extend({
    // The coded RCA's trigger and root causes; optional so files from before them stay valid.
    trigger: rootCauseAnalysis.shape.trigger.optional(),
    rootCauses: rootCauseAnalysis.shape.rootCauses.optional(),
  })
  .strict();

/** The whole YAML front matter: every incident field plus the postmortem metadata (or null). */
export const frontMatterSchema = incident
  .omit({ version: true })
  .extend({
    customerImpact: customerImpact.strict(),
    milestones: milestones.strict(),
    postmortem: postmortemMetaSchema.nullable(),
  })
  .strict();

/** One timeline table row. */
export const timelineRowSchema = timelineEntry
  .omit({ id: true, incidentKey: true, version: true, createdAt: true })
  .extend({ evidence: evidenceRef.strict().nullable() })
  .strict();

/** One action items table row. */
export const actionRowSchema = actionItem
  .omit({ id: true, incidentKey: true, version: true, createdAt: true, updatedAt: true })
  .strict();
