import { postmortemSections, severity } from '@aftermath/domain';
import { z } from 'zod';
import { readConfigYaml } from '../config-yaml/read-config-yaml';

const keys = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .transform((value) => (Array.isArray(value) ? value : [value]));

/**
 * Which front-matter fields feed which part of the imported incident. Every field names one
 * front-matter key or a list of them (tried in order for single values, all used for lists).
 *
 * @example
 * // a mapping file (YAML or JSON) only names what differs from the default:
 * // title: headline
 * // tags: [labels]
 * // bodySection: resolution
 */
export const frontMatterMapping = z
  .object({
    /** Incident title; when none is present: "<service> incident [on <start date>]". */
    title: keys.default(['title']),
    /** Impact start (ISO 8601 timestamp with a zone). */
    startedAt: keys.default(['start_time']),
    /** Resolved time (ISO 8601 timestamp with a zone). */
    resolvedAt: keys.default(['end_time']),
    /** Postmortem summary section. */
    summary: keys.default(['summary']),
    /** Tags: every listed key's values, normalised to the tag syntax (`us east` → `us-east`). */
    tags: keys.default(['categories', 'keywords']),
    /** One service named from these values joined by `-` (`Amazon` + `SimpleDB` → `amazon-simpledb`). */
    service: keys.default(['company', 'product']),
    /** The postmortem section that receives the Markdown body. */
    bodySection: postmortemSections.keyof().default('impact'),
    /** Severity given to every imported incident (the documents do not say). */
    severity: severity.default('SEV3'),
  })
  .strict();
export type FrontMatterMapping = z.output<typeof frontMatterMapping>;

/** The mapping used when no mapping file is given. */
export const defaultFrontMatterMapping: FrontMatterMapping = frontMatterMapping.parse({});

/**
 * Reads a mapping file (YAML or JSON; JSON is YAML) over the default mapping.
 *
 * @throws DomainError `validation` naming `<file>:<line>:<field>` for an unknown or malformed field.
 * @example
 * parseFrontMatterMapping('title: headline\n', 'mapping.yaml').title; // ['headline']
 */
export function parseFrontMatterMapping(text: string, file: string): FrontMatterMapping {
  return readConfigYaml(frontMatterMapping, text, file);
}
