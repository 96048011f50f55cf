import {
  findMilestoneOrderProblems,
  milestoneNames,
  type PostmortemDocument,
} from '@aftermath/domain';
import { Document, visit } from 'yaml';
import { frontMatterSchema } from './document-schemas';
import type { FormatProblems } from './format-problems';
import { readYaml } from './read-yaml';
import { describeIssues } from './schema-issues';
import { guardTimestamps } from './timestamp-guard';
import { lineOfYamlPath } from './yaml-lines';

const timestampPaths = [
  ['createdAt'],
  ['updatedAt'],
  ...milestoneNames.map((name) => ['milestones', name]),
  ['postmortem', 'createdAt'],
  ['postmortem', 'updatedAt'],
];

/** What the front matter carries: the incident and the postmortem's metadata. */
export type FrontMatter = ReturnType<typeof frontMatterSchema.parse>;

/** The front matter of `doc` as YAML, fields in a fixed order, ending with a newline. */
export function renderFrontMatter(doc: PostmortemDocument): string {
  const { incident: i, postmortem: p } = doc;
  const value = {
    key: i.key,
    title: i.title,
    severity: i.severity,
    status: i.status,
    type: i.type,
    services: i.services,
    commander: i.commander,
    visibility: i.visibility,
    tags: i.tags,
    customerImpact: {
      description: i.customerImpact.description,
      usersAffected: i.customerImpact.usersAffected,
      requestsAffected: i.customerImpact.requestsAffected,
    },
    milestones: {
      impactStartedAt: i.milestones.impactStartedAt,
      detectedAt: i.milestones.detectedAt,
      acknowledgedAt: i.milestones.acknowledgedAt,
      mitigatedAt: i.milestones.mitigatedAt,
      resolvedAt: i.milestones.resolvedAt,
      closedAt: i.milestones.closedAt,
    },
    milestoneOrderOverride: i.milestoneOrderOverride,
    // Written only when set, so files from before recurrence links read and round-trip unchanged.
    ...(i.recurrenceOf !== null ? { recurrenceOf: i.recurrenceOf } : {}),
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    postmortem: p && {
      owner: p.owner,
      status: p.status,
      template: p.template,
      // Written only when coded, so files from before coded RCA read and round-trip unchanged.
      ...(p.rca.trigger !== null ? { trigger: p.rca.trigger } : {}),
      ...(p.rca.rootCauses.length > 0 ? { rootCauses: p.rca.rootCauses } : {}),
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    },
  };
  return toYaml(value);
}

/**
 * YAML with no folding. A multi-line string of only whitespace is double-quoted: as a block
 * scalar the `yaml` package writes it in a form that reads back without its spaces.
 */
function toYaml(value: unknown): string {
  const doc = new Document(value);
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && node.value.includes('\n') && !node.value.trim()) {
        node.type = 'QUOTE_DOUBLE';
      }
    },
  });
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}

/** A dotted field path; a key that is not a plain word (a typo'd key can be anything) is quoted. */
function fieldName(path: readonly (string | number)[]): string {
  const parts = path.map((part) =>
    typeof part === 'number' || /^[A-Za-z0-9_-]+$/.test(part) ? String(part) : JSON.stringify(part),
  );
  return parts.join('.') || 'frontMatter';
}

function checkMilestoneOrder(
  value: FrontMatter,
  where: (path: (string | number)[]) => number,
  problems: FormatProblems,
): void {
  const override = value.milestoneOrderOverride;
  if (override !== null && override.trim() !== '') return;
  for (const problem of findMilestoneOrderProblems(value.milestones)) {
    const line = where(problem.path.split('.'));
    problems.add(
      line,
      problem.path,
      `${problem.message}; expected milestones in order, or a milestoneOrderOverride giving the reason`,
    );
  }
}

/**
 * Reads and validates front matter YAML that starts on file line `firstLine`; every problem is
 * reported with its line. Returns null when anything is wrong.
 */
export function parseFrontMatter(
  yaml: string,
  firstLine: number,
  problems: FormatProblems,
): FrontMatter | null {
  const read = readYaml(yaml, firstLine, problems);
  if (!read) return null;
  const { doc, lines, value } = read;
  const where = (path: (string | number)[]) =>
    lineOfYamlPath(doc, path, lines, firstLine, firstLine - 1);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.add(firstLine - 1, 'frontMatter', 'expected a mapping of fields (key: value lines)');
    return null;
  }
  const before = problems.count;
  const guarded = guardTimestamps(value, timestampPaths, (path, message) =>
    problems.add(where([...path]), path.join('.'), message),
  );
  const result = frontMatterSchema.safeParse(guarded);
  if (!result.success) {
    for (const problem of describeIssues(result.error.issues, guarded, frontMatterSchema)) {
      problems.add(where(problem.path), fieldName(problem.path), problem.message);
    }
    return null;
  }
  checkMilestoneOrder(result.data, where, problems);
  return problems.count === before ? result.data : null;
}
