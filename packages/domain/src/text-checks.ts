import { z } from 'zod';

const allowEntry = z.string().trim().min(1).max(200);

/**
 * The workspace's allow-lists for `lint` and `redact`: `blamelessAllow` holds blameless rule ids
 * or phrases (`blameless/judgement`, `just`), `redactionAllow` values redaction never reports
 * (`noreply@example.com`). At most 500 entries of 1–200 characters each.
 *
 * @example
 * textCheckSettings.parse({ blamelessAllow: ['just'], redactionAllow: [] });
 */
export const textCheckSettings = z.object({
  blamelessAllow: z.array(allowEntry).max(500).default([]),
  redactionAllow: z.array(allowEntry).max(500).default([]),
});
export type TextCheckSettings = z.infer<typeof textCheckSettings>;
