import { parseOpenSlo, type OpenSloError } from '@aftermath/analysis';
import {
  DomainError,
  notFound,
  parseOrThrow,
  sloDefinition,
  type Principal,
  type SloDefinition,
} from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import type { Repositories } from '../ports';

/** What an OpenSLO import stored: the SLO names and the services it created. */
export interface SloImportResult {
  slos: string[];
  servicesCreated: string[];
}

/** The settings key of an SLO's Prometheus source (removed with the SLO). */
export const prometheusSettingKey = (name: string): string => `slo.prometheus.${name}`;

function describeError(error: OpenSloError): string {
  const what = [error.kind, error.name].filter((part) => part !== null).join(' ');
  return `document ${error.document}${what ? ` (${what})` : ''}${error.path ? ` ${error.path}` : ''}`;
}

/**
 * Imports an OpenSLO v1 file: every SLO in it is created or replaced, and services it names (or
 * defines as Service documents) that the workspace lacks are created. A file with any error
 * stores nothing; the error lists every problem with its document, kind, name and field.
 */
export async function importOpenSlo(
  ctx: Context,
  principal: Principal,
  text: string,
): Promise<SloImportResult> {
  authorize(principal, 'service.write');
  const file = parseOpenSlo(text);
  if (file.errors.length > 0) {
    const details = file.errors.map((error) => ({
      path: describeError(error),
      message: error.message,
    }));
    const first = details[0];
    const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
    throw new DomainError('validation', `${first?.path}: ${first?.message}${more}`, details);
  }
  const descriptions = new Map(file.services.map((service) => [service.name, service.description]));
  const names = new Set([
    ...file.services.map((service) => service.name),
    ...file.slos.map((slo) => slo.service),
  ]);
  const now = ctx.clock().toISOString();
  return ctx.store.transaction(async (tx) => {
    const servicesCreated: string[] = [];
    for (const name of names) {
      if (await tx.services.get(name)) continue;
      await tx.services.upsert({
        name,
        team: null,
        tier: null,
        description: descriptions.get(name) ?? '',
      });
      servicesCreated.push(name);
    }
    for (const slo of file.slos) await tx.slos.upsert(slo, now);
    return { slos: file.slos.map((slo) => slo.name), servicesCreated };
  });
}

// An SLO may name a service the workspace lacks yet; it is created bare, like an import does.
async function ensureService(tx: Repositories, name: string): Promise<void> {
  if (await tx.services.get(name)) return;
  await tx.services.upsert({ name, team: null, tier: null, description: '' });
}

/** Creates or replaces one SLO from its normalized definition (the API's JSON form). */
export async function saveSlo(
  ctx: Context,
  principal: Principal,
  input: unknown,
): Promise<SloDefinition> {
  authorize(principal, 'service.write');
  const slo = parseOrThrow(sloDefinition, input);
  await ctx.store.transaction(async (tx) => {
    await ensureService(tx, slo.service);
    await tx.slos.upsert(slo, ctx.clock().toISOString());
  });
  return slo;
}

/** An SLO definition with its version (the ETag an edit sends back as If-Match). */
export interface VersionedSlo {
  definition: SloDefinition;
  version: number;
}

/**
 * Creates the SLO called `name`, or replaces it keeping its SLI samples, from a definition of the
 * same name; `validation` naming the field when the body names another SLO or breaks a rule.
 * With `expectedVersion` (If-Match) the SLO must still be at that version: `version_mismatch`
 * with the current one when someone saved in between, `not_found` when it was deleted.
 */
export async function updateSlo(
  ctx: Context,
  principal: Principal,
  name: string,
  input: unknown,
  expectedVersion: number | null = null,
): Promise<VersionedSlo> {
  authorize(principal, 'service.write');
  const slo = parseOrThrow(sloDefinition, input);
  if (slo.name !== name) {
    throw new DomainError('validation', `name: an SLO keeps its name (${name}); create a new one`, [
      { path: 'name', message: `must be ${name}, the SLO being edited` },
    ]);
  }
  const at = ctx.clock().toISOString();
  // The version is read in the same transaction as the write, so it is the one this edit made.
  return ctx.store.transaction(async (tx) => {
    await ensureService(tx, slo.service);
    if (expectedVersion === null) await tx.slos.upsert(slo, at);
    else await tx.slos.replace(slo, at, expectedVersion);
    return { definition: slo, version: (await tx.slos.version(name)) ?? 1 };
  });
}

/** Removes an SLO with its SLI samples and its Prometheus source; `not_found` when there is none. */
export async function deleteSlo(ctx: Context, principal: Principal, name: string): Promise<void> {
  authorize(principal, 'service.write');
  await ctx.store.transaction(async (tx) => {
    if (!(await tx.slos.remove(name))) throw notFound('SLO', name);
    await tx.settings.set(prometheusSettingKey(name), undefined);
  });
}

/** Every SLO definition, by name. */
export async function listSlos(ctx: Context, principal: Principal): Promise<SloDefinition[]> {
  authorize(principal, 'incident.read');
  return ctx.store.slos.list();
}

/** One SLO definition; `not_found` when there is none by that name. */
export async function getSlo(
  ctx: Context,
  principal: Principal,
  name: string,
): Promise<SloDefinition> {
  authorize(principal, 'incident.read');
  const slo = await ctx.store.slos.get(name);
  if (!slo) throw notFound('SLO', name);
  return slo;
}

/** One SLO definition with its version; `not_found` when there is none by that name. */
export async function getVersionedSlo(
  ctx: Context,
  principal: Principal,
  name: string,
): Promise<VersionedSlo> {
  // The version is read before and after the text: a save in between would pair the old text
  // with the new version, and the next If-Match save would overwrite that change without a 412.
  for (;;) {
    const before = await ctx.store.slos.version(name);
    const definition = await getSlo(ctx, principal, name);
    const after = await ctx.store.slos.version(name);
    if (after === before) return { definition, version: after ?? 1 };
  }
}
