import { z } from 'zod';
import { rcaCode } from './rca';

/**
 * One code of the RCA taxonomy, with a short label and what it covers. A `retired` code stays
 * valid for postmortems that use it but is no longer offered for new ones.
 */
export const rcaTaxonomyEntry = z.object({
  code: rcaCode,
  label: z.string().trim().min(1, 'a label is required').max(100),
  description: z.string().trim().max(1000),
  retired: z.boolean().optional(),
});
export type RcaTaxonomyEntry = z.infer<typeof rcaTaxonomyEntry>;

/** Reports every code that appears twice in one list. */
function checkUniqueCodes(ctx: z.RefinementCtx, list: RcaTaxonomyEntry[], field: string): void {
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    if (seen.has(entry.code)) {
      ctx.addIssue({
        code: 'custom',
        path: [field, index, 'code'],
        message: `code "${entry.code}" appears twice in ${field}`,
      });
    }
    seen.add(entry.code);
  });
}

/**
 * The workspace's vocabulary for coded RCA: triggers (what set an incident off) and root causes
 * (why it could happen). Codes are unique within each list; each list has 1–100 entries.
 *
 * @example rcaTaxonomy.parse(defaultRcaTaxonomy)
 */
export const rcaTaxonomy = z
  .object({
    triggers: z.array(rcaTaxonomyEntry).min(1).max(100),
    rootCauses: z.array(rcaTaxonomyEntry).min(1).max(100),
  })
  .superRefine((taxonomy, ctx) => {
    checkUniqueCodes(ctx, taxonomy.triggers, 'triggers');
    checkUniqueCodes(ctx, taxonomy.rootCauses, 'rootCauses');
  });
export type RcaTaxonomy = z.infer<typeof rcaTaxonomy>;

const entry = (code: string, label: string, description: string): RcaTaxonomyEntry => ({
  code,
  label,
  description,
});

/**
 * The default taxonomy, after the SRE Workbook's postmortem trend analysis. "Human error" is
 * deliberately not a root cause: people act within a system, and the system is what we fix.
 */
export const defaultRcaTaxonomy: RcaTaxonomy = {
  triggers: [
    entry('binary-push', 'Binary push', 'A new build of our own software was deployed.'),
    entry(
      'config-push',
      'Configuration push',
      'A configuration or feature-flag change rolled out.',
    ),
    entry(
      'dependency-change',
      'Dependency or provider change',
      'A library, upstream service or cloud provider changed behaviour.',
    ),
    entry(
      'traffic-change',
      'Traffic or user-behaviour change',
      'Load, request mix or user behaviour changed (spike, bot, new client).',
    ),
    entry(
      'capacity',
      'Capacity',
      'A resource ran out: disk, memory, connections, quota, licences.',
    ),
    entry(
      'hardware',
      'Hardware',
      'A machine, disk, network device or data-centre facility failed.',
    ),
    entry('data', 'Data', 'Unexpected, corrupt or too large data reached the system.'),
    entry(
      'scheduled-job',
      'Scheduled job',
      'A cron job, batch run, certificate expiry or other timed event.',
    ),
    entry('security-event', 'Security event', 'An attack, abuse or a compromised credential.'),
    entry('other', 'Other', 'None of the above; explain in the Trigger section.'),
  ],
  rootCauses: [
    entry(
      'software-defect',
      'Software defect',
      'A bug in our code: wrong logic, missing handling, race condition.',
    ),
    entry('configuration', 'Configuration', 'A wrong or risky setting, default or flag value.'),
    entry(
      'development-process',
      'Development process',
      'Review, testing or release practice let the problem through.',
    ),
    entry(
      'complex-system-behaviour',
      'Complex system behaviour',
      'Interactions between parts (retries, feedback loops, cascades) no single part explains.',
    ),
    entry(
      'capacity-planning',
      'Capacity planning',
      'Growth or peaks were not planned for; limits were unknown.',
    ),
    entry(
      'dependency-failure',
      'Dependency failure',
      'An upstream service, provider or library failed or changed.',
    ),
    entry('network', 'Network', 'Connectivity, DNS, routing, TLS or load-balancing problems.'),
    entry('hardware', 'Hardware', 'Physical failure that redundancy did not absorb.'),
    entry('security', 'Security', 'A vulnerability or missing control.'),
    entry('other', 'Other', 'None of the above; explain in the Root causes section.'),
  ],
};

/** The label of `code` in `list`, or the code itself when the taxonomy no longer has it. */
export function labelRcaCode(list: readonly RcaTaxonomyEntry[], code: string): string {
  return list.find((e) => e.code === code)?.label ?? code;
}
