import {
  emptySections,
  utcTimestamp,
  type IncidentKey,
  type PostmortemDocument,
} from '@aftermath/domain';
import { FormatProblems } from '../postmortem-format/format-problems';
import { readYaml } from '../postmortem-format/read-yaml';
import { splitFrontMatter } from '../postmortem-format/split-front-matter';
import { lineOfYamlPath } from '../postmortem-format/yaml-lines';
import type { FrontMatterMapping } from './mapping';
import { toServiceName, toTag } from './normalise-names';

/** What the caller decides for each imported file. */
export interface FrontMatterImportOptions {
  key: IncidentKey;
  mapping: FrontMatterMapping;
  /** Creation time of the records (ISO 8601). */
  now: string;
}

type Fields = Record<string, unknown>;

function firstText(fields: Fields, keys: string[]): { key: string; value: string } | null {
  for (const key of keys) {
    const value = fields[key];
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const text = String(value).trim();
    if (text !== '') return { key, value: text };
  }
  return null;
}

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Reads a Markdown file with YAML front matter (for example a public postmortem collection) into
 * a document for {@link PostmortemDocument} import, through a field mapping: title, impact start
 * and resolved times, summary, tags, one service, and the body as one postmortem section.
 * Imported incidents are `resolved` with a `published` postmortem: they are past events.
 *
 * @throws DomainError `validation`; each detail's path is `<file>:<line>:<field>`,
 * e.g. `data/x.md:4:start_time`.
 * @example
 * parseFrontMatterPostmortem(text, 'x.md', { key: 'INC-12', mapping: defaultFrontMatterMapping, now });
 */
export function parseFrontMatterPostmortem(
  text: string,
  file: string,
  options: FrontMatterImportOptions,
): PostmortemDocument {
  const { mapping } = options;
  const problems = new FormatProblems();
  const split = splitFrontMatter(text, problems);
  const yaml = split.yaml === null ? null : readYaml(split.yaml, split.yamlFirstLine, problems);
  if (!yaml || problems.count > 0) throw problems.toError(file);
  if (typeof yaml.value !== 'object' || yaml.value === null || Array.isArray(yaml.value)) {
    problems.add(split.yamlFirstLine, 'frontMatter', 'expected key: value pairs');
    throw problems.toError(file);
  }
  const fields = yaml.value as Fields;
  const lineOf = (key: string) =>
    lineOfYamlPath(yaml.doc, [key], yaml.lines, split.yamlFirstLine, split.yamlFirstLine);

  const timestamp = (keys: string[]): string | null => {
    const found = firstText(fields, keys);
    if (!found) return null;
    const parsed = utcTimestamp.safeParse(found.value);
    if (parsed.success) return parsed.data;
    problems.add(
      lineOf(found.key),
      found.key,
      `expected an ISO 8601 timestamp with a zone, got "${found.value}"`,
    );
    return null;
  };
  const startedAt = timestamp(mapping.startedAt);
  const resolvedAt = timestamp(mapping.resolvedAt);
  if (startedAt && resolvedAt && resolvedAt < startedAt) {
    const key = firstText(fields, mapping.resolvedAt)!.key;
    problems.add(lineOf(key), key, `ends (${resolvedAt}) before it starts (${startedAt})`);
  }

  const tags = new Set<string>();
  for (const key of mapping.tags) {
    for (const item of listOf(fields[key])) {
      if (typeof item === 'object' && item !== null) {
        problems.add(lineOf(key), key, 'expected a list of words');
        break;
      }
      const tag = toTag(String(item));
      if (tag !== null && tags.size < 50) tags.add(tag);
    }
  }
  const service = toServiceName(
    mapping.service
      .map((key) => fields[key])
      .filter((v) => v != null)
      .map(String),
  );
  const title = firstText(fields, mapping.title)?.value ?? fallbackTitle(service, startedAt);
  if (title === null) {
    problems.add(
      split.yamlFirstLine,
      mapping.title[0]!,
      'no title, and no service to name one after',
    );
  } else if (title.length > 300) {
    problems.add(
      lineOf(firstText(fields, mapping.title)!.key),
      mapping.title[0]!,
      'at most 300 characters',
    );
  }
  if (problems.count > 0) throw problems.toError(file);

  const body = split.body
    .map((line) => line.text)
    .join('\n')
    .trim();
  return {
    incident: {
      key: options.key,
      title: title!,
      severity: mapping.severity,
      status: 'resolved',
      type: 'outage',
      services: service === null ? [] : [service],
      commander: null,
      visibility: 'normal',
      tags: [...tags],
      customerImpact: { description: '', usersAffected: null, requestsAffected: null },
      milestones: {
        impactStartedAt: startedAt,
        detectedAt: null,
        acknowledgedAt: null,
        mitigatedAt: null,
        resolvedAt,
        closedAt: null,
      },
      milestoneOrderOverride: null,
      recurrenceOf: null,
      createdAt: options.now,
      updatedAt: options.now,
    },
    postmortem: {
      owner: null,
      status: 'published',
      template: 'imported',
      sections: {
        ...emptySections,
        summary: firstText(fields, mapping.summary)?.value ?? '',
        [mapping.bodySection]: body,
      },
      rca: { trigger: null, rootCauses: [], factors: [], whys: [] },
      createdAt: options.now,
      updatedAt: options.now,
    },
    timeline: [],
    actions: [],
  };
}

function fallbackTitle(service: string | null, startedAt: string | null): string | null {
  if (service === null) return null;
  return `${service} incident${startedAt ? ` on ${startedAt.slice(0, 10)}` : ''}`;
}
