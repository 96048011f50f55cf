import { z } from 'zod';

/**
 * A code from the workspace's RCA taxonomy: lower-case kebab-case, 1–60 characters.
 *
 * @example rcaCode.parse('config-push')
 */
export const rcaCode = z
  .string()
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case kebab-case code, e.g. config-push');
export type RcaCode = z.infer<typeof rcaCode>;

/** What kind of thing made an incident worse or more likely (not what triggered it). */
export const contributingFactorCategory = z.enum([
  'detection',
  'tooling',
  'process',
  'architecture',
  'dependency',
  'capacity',
  'change-management',
  'communication',
  'documentation',
]);
export type ContributingFactorCategory = z.infer<typeof contributingFactorCategory>;

/** An id chosen by the client, unique within its list (`f1`, `why-db`): 1–64 printable characters. */
const localId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected letters, digits, ".", "_" or "-"');

/**
 * A contributing factor: a category, what it was, and the timeline entries that show it
 * (entry ids of the same incident; in an exported document, `T<n>` for the n-th timeline row).
 */
export const contributingFactor = z.object({
  id: localId,
  category: contributingFactorCategory,
  description: z.string().trim().min(1, 'a description is required').max(5000),
  entryIds: z.array(z.string().min(1).max(100)).max(100),
});
export type ContributingFactor = z.infer<typeof contributingFactor>;

/**
 * What supports one answer of a why chain: a timeline entry, a piece of evidence, or both; the
 * optional `locator` says where inside the evidence (`:14`, `#/status`, free text up to 500).
 */
export const whyEvidence = z
  .object({
    entryId: z.string().min(1).max(100).optional(),
    evidenceId: z.string().min(1).max(100).optional(),
    locator: z.string().min(1).max(500).optional(),
  })
  .strict()
  .refine((e) => e.entryId !== undefined || e.evidenceId !== undefined, {
    message: 'cite an entryId or an evidenceId',
  });
export type WhyEvidence = z.infer<typeof whyEvidence>;

/** One step of a 5-whys chain: the question and its answer, with what supports the answer. */
export const whyLink = z.object({
  why: z.string().trim().min(1, 'the question is required').max(1000),
  answer: z.string().trim().min(1, 'an answer is required').max(5000),
  evidence: z.array(whyEvidence).max(50),
});
export type WhyLink = z.infer<typeof whyLink>;

/** A 5-whys chain: a problem statement followed by why → answer links (any number, usually 5). */
export const whyChain = z.object({
  id: localId,
  problem: z.string().trim().min(1, 'a problem statement is required').max(1000),
  links: z.array(whyLink).max(20),
});
export type WhyChain = z.infer<typeof whyChain>;

/** Reports an issue for every repeated value of `key` in `items` (at `path.<index>.<key>`). */
function checkUnique<T>(
  ctx: z.RefinementCtx,
  items: readonly T[],
  key: (item: T) => string,
  path: (string | number)[],
  what: string,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value))
      ctx.addIssue({
        code: 'custom',
        path: [...path, index],
        message: `${what} "${value}" appears twice`,
      });
    seen.add(value);
  });
}

/**
 * The coded root-cause analysis of a postmortem: the trigger (what set it off), the root causes
 * (why it could happen), contributing factors and 5-whys chains. Codes come from the workspace's
 * {@link RcaTaxonomy}; factor and chain ids are unique.
 *
 * @example
 * rootCauseAnalysis.parse({ trigger: 'config-push', rootCauses: ['configuration'], factors: [], whys: [] })
 */
export const rootCauseAnalysis = z
  .object({
    trigger: rcaCode.nullable(),
    rootCauses: z.array(rcaCode).max(20),
    factors: z.array(contributingFactor).max(100),
    whys: z.array(whyChain).max(20),
  })
  .superRefine((rca, ctx) => {
    checkUnique(ctx, rca.rootCauses, (code) => code, ['rootCauses'], 'root cause');
    checkUnique(ctx, rca.factors, (f) => f.id, ['factors'], 'factor id');
    checkUnique(ctx, rca.whys, (w) => w.id, ['whys'], 'why chain id');
  });
export type RootCauseAnalysis = z.infer<typeof rootCauseAnalysis>;

/** No trigger, no root causes, no factors, no chains. Shared: copy it, or use {@link createEmptyRca}. */
export const emptyRca: RootCauseAnalysis = { trigger: null, rootCauses: [], factors: [], whys: [] };

/** A fresh empty RCA (safe to mutate). */
export function createEmptyRca(): RootCauseAnalysis {
  return { trigger: null, rootCauses: [], factors: [], whys: [] };
}

/** True when nothing of the RCA is filled in. */
export function isEmptyRca(rca: RootCauseAnalysis): boolean {
  return (
    rca.trigger === null &&
    rca.rootCauses.length === 0 &&
    rca.factors.length === 0 &&
    rca.whys.length === 0
  );
}
