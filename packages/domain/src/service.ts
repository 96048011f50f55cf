import { z } from 'zod';

/** A service name: lower-case slug such as `checkout-api`. */
export const serviceName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    'lower-case letters, digits, ".", "_" and "-", e.g. checkout-api',
  );

/** Service criticality: 1 is most critical. */
export const serviceTier = z.number().int().min(1).max(4);

/** A service that incidents affect. */
export const service = z.object({
  name: serviceName,
  team: z.string().trim().min(1).max(100).nullable(),
  tier: serviceTier.nullable(),
  description: z.string().max(2000),
});
export type Service = z.infer<typeof service>;

/** Input to create or replace a service; team, tier and description are optional. */
export const serviceInput = z.object({
  name: serviceName,
  team: z.string().trim().min(1).max(100).nullable().default(null),
  tier: serviceTier.nullable().default(null),
  description: z.string().max(2000).default(''),
});
export type ServiceInput = z.input<typeof serviceInput>;
