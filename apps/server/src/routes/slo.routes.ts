import {
  computeSloImpact,
  computeSloStatus,
  deleteSlo,
  getPrometheusSource,
  getVersionedSlo,
  importOpenSlo,
  importSli,
  listSlos,
  saveSlo,
  setPrometheusSource,
  updateSlo,
  type Context,
} from '@aftermath/core';
import { formatEtag } from '../etag';
import type { Handlers } from '../register-routes';

/** SLO definitions, SLI uploads, status, and the budget an incident spent. */
export function sloHandlers(
  ctx: Context,
): Pick<
  Handlers,
  | 'listSlos'
  | 'createSlos'
  | 'getSlo'
  | 'updateSlo'
  | 'deleteSlo'
  | 'getSloPrometheusSource'
  | 'setSloPrometheusSource'
  | 'removeSloPrometheusSource'
  | 'uploadSli'
  | 'getIncidentSloImpact'
> {
  return {
    listSlos: async ({ principal }) => {
      const [definitions, statuses] = await Promise.all([
        listSlos(ctx, principal),
        computeSloStatus(ctx, principal),
      ]);
      const items = definitions.map((definition) => ({
        definition,
        status: statuses.filter((status) => status.slo === definition.name),
      }));
      return { items };
    },
    createSlos: async ({ principal, body }) => {
      if ('openslo' in body) return importOpenSlo(ctx, principal, body.openslo);
      const slo = await saveSlo(ctx, principal, body);
      return { slos: [slo.name], servicesCreated: [] };
    },
    getSlo: async ({ principal, params }) => ({
      ...(await getVersionedSlo(ctx, principal, params.name)),
      status: await computeSloStatus(ctx, principal, { name: params.name }),
    }),
    // The answer stays the definition (as before versions); the new version travels as the ETag.
    updateSlo: async ({ principal, params, body, ifMatch, setHeader }) => {
      const saved = await updateSlo(ctx, principal, params.name, body, ifMatch);
      setHeader('etag', formatEtag(saved.version));
      return saved.definition;
    },
    deleteSlo: async ({ principal, params }) => {
      await deleteSlo(ctx, principal, params.name);
      return undefined;
    },
    getSloPrometheusSource: async ({ principal, params }) => ({
      slo: params.name,
      source: await getPrometheusSource(ctx, principal, params.name),
    }),
    setSloPrometheusSource: async ({ principal, params, body }) => ({
      slo: params.name,
      source: await setPrometheusSource(ctx, principal, params.name, body),
    }),
    removeSloPrometheusSource: async ({ principal, params }) => {
      await setPrometheusSource(ctx, principal, params.name, null);
      return undefined;
    },
    uploadSli: ({ principal, params, query, body }) =>
      importSli(ctx, principal, params.name, () => body, {
        format: query.format,
        ...(query.series === undefined ? {} : { series: query.series }),
      }),
    getIncidentSloImpact: ({ principal, params }) => computeSloImpact(ctx, principal, params.key),
  };
}
