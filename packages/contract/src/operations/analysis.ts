import { textCheckSettings } from '@aftermath/domain';
import { z } from 'zod';
import { defineRoute } from '../route';

/** Any text to check: up to 1,000,000 characters. */
const checkedText = z.string().max(1_000_000);

/**
 * Body of `POST /api/v1/redact`.
 *
 * @example
 * { "text": "key=AKIA… mail ops@example.com" }
 */
export const redactRequest = z.object({ text: checkedText });

/**
 * One replaced value (DESIGN §3): 1-based `line`, `start`/`end` character offsets in that line
 * (end exclusive), `kind` and the rule that matched. Never the value itself; a secret spanning
 * several lines is one entry per line.
 *
 * @example
 * { "line": 1, "start": 4, "end": 24, "kind": "secret", "rule": "aws-access-key" }
 */
export const redactionSpan = z.object({
  line: z.number().int().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  kind: z.enum(['secret', 'pii']),
  rule: z.string(),
});

/** The redacted text (`[REDACTED:<rule>#<n>]` placeholders) and where the values were. */
export const redactResponse = z.object({
  text: z.string(),
  findings: z.array(redactionSpan),
});

/**
 * Body of `POST /api/v1/lint`: the text and how to read it (`markdown` by default: an Aftermath
 * Markdown postmortem also gets the format and checklist checks).
 *
 * @example
 * { "text": "We should have rolled back.", "format": "text" }
 */
export const lintRequest = z.object({
  text: checkedText,
  format: z.enum(['markdown', 'text']).default('markdown'),
});

/**
 * One lint finding: 1-based `line`/`column`, `endColumn` just after the flagged text, severity,
 * rule id (`blameless/*`, `redaction/*`, `checklist/*`, `format/invalid`), the reason and a
 * suggested rewrite.
 */
export const lintFinding = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  endColumn: z.number().int().min(1),
  severity: z.enum(['error', 'warning']),
  ruleId: z.string(),
  message: z.string(),
  suggestion: z.string().nullable(),
});

/** `{"findings":[…]}` sorted by line and column. */
export const lintResponse = z.object({ findings: z.array(lintFinding) });

/**
 * Text checks for any text: redaction, the blameless linter and the quality checklist, plus the
 * workspace's allow-lists for them.
 *
 * @example
 * const { findings } = await client.lintText({ body: { text: 'Human error.', format: 'text' } });
 */
export const analysisRoutes = {
  redactText: defineRoute({
    method: 'POST',
    path: '/api/v1/redact',
    summary:
      "Redact secrets and personal data (the workspace's people included) from a text; the findings say where, never what",
    tag: 'analysis',
    body: redactRequest,
    response: redactResponse,
  }),
  lintText: defineRoute({
    method: 'POST',
    path: '/api/v1/lint',
    summary:
      'Lint a text: blameless language, secrets and personal data; for an Aftermath Markdown postmortem also the file format and the quality checklist',
    tag: 'analysis',
    body: lintRequest,
    response: lintResponse,
  }),
  getTextCheckSettings: defineRoute({
    method: 'GET',
    path: '/api/v1/settings/text-checks',
    summary: 'The allow-lists of the blameless linter and of redaction',
    tag: 'settings',
    response: textCheckSettings,
  }),
  setTextCheckSettings: defineRoute({
    method: 'PUT',
    path: '/api/v1/settings/text-checks',
    summary: 'Replace the allow-lists of the blameless linter and of redaction',
    tag: 'settings',
    body: textCheckSettings,
    response: textCheckSettings,
  }),
} as const;

/** The answer of `POST /api/v1/lint`. */
export type LintResponse = z.infer<typeof lintResponse>;
