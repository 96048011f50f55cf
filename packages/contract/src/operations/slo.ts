import { incidentKey, prometheusSource, sloDefinition, sloName } from '@aftermath/domain';
import { z } from 'zod';
import { byteStream, defineRoute } from '../route';

/**
 * An error budget in the budgeting method's unit (events or slices); `remaining` is a fraction of
 * `total` (1 = untouched, negative = overspent).
 *
 * @example { "total": 100, "spent": 25, "remaining": 0.75 }
 */
export const errorBudget = z.object({
  total: z.number(),
  spent: z.number(),
  remaining: z.number(),
});

/**
 * One SRE Workbook window pair: burn rates over the long and short window (null without events),
 * the factor scaled to the SLO period, firing when both exceed it.
 *
 * @example { "severity": "page", "longWindow": "1h", "shortWindow": "5m", "threshold": 14.4, "long": 20, "short": 31, "firing": true }
 */
export const burnRate = z.object({
  severity: z.enum(['page', 'ticket']),
  longWindow: z.string(),
  shortWindow: z.string(),
  threshold: z.number(),
  long: z.number().nullable(),
  short: z.number().nullable(),
  firing: z.boolean(),
});

/** An SLO objective's state at `evaluatedAt`; `name` is `slo/objective` when an SLO has several. */
export const sloStatus = z.object({
  name: z.string(),
  slo: z.string(),
  service: z.string(),
  objective: z.string(),
  target: z.number(),
  budget: errorBudget,
  burnRates: z.array(burnRate),
  alert: z.enum(['ok', 'ticket', 'page']),
  evaluatedAt: z.string(),
});

/** An SLO definition with its current state. */
export const sloWithStatus = z.object({ definition: sloDefinition, status: z.array(sloStatus) });

/** What an SLO import stored. */
export const sloImportResult = z.object({
  slos: z.array(z.string()),
  servicesCreated: z.array(z.string()),
});

/** A new SLO: OpenSLO v1 YAML text (one or more documents), or one normalized definition. */
export const createSloBody = z.union([z.object({ openslo: z.string().min(1) }), sloDefinition]);

/** How the SLI body is written and, for Prometheus JSON, which field it fills. */
export const sliUploadQuery = z.object({
  format: z.enum(['csv', 'prometheus']).default('csv'),
  series: z.enum(['good', 'bad', 'total', 'value']).optional(),
});

/** What an SLI upload stored, the SLO's state after it, and the incident it opened (if any). */
export const sliImportResult = z.object({
  slo: z.string(),
  samples: z.number().int(),
  status: z.array(sloStatus),
  incidentOpened: z.string().nullable(),
});

/**
 * The error budget each SLO of an incident's services lost inside its impact window.
 *
 * @example { "incident": "INC-7", "from": "…", "to": "…", "bounds": { "from": "impactStartedAt", "to": "resolvedAt" },
 *   "items": [{ "name": "checkout-availability", "slo": "…", "service": "checkout-api", "spent": 1000, "budgetTotal": 30, "fraction": 33.3 }] }
 */
export const sloImpact = z.object({
  incident: z.string(),
  from: z.string(),
  to: z.string(),
  bounds: z.object({ from: z.string(), to: z.string() }),
  items: z.array(
    z.object({
      name: z.string(),
      slo: z.string(),
      service: z.string(),
      spent: z.number(),
      budgetTotal: z.number(),
      fraction: z.number().nullable(),
    }),
  ),
});

const sloParams = z.object({ name: sloName });

/**
 * An SLO's Prometheus source: `source` is null when its SLI is not pulled.
 *
 * @example { "slo": "checkout-availability", "source": { "url": "http://127.0.0.1:9090", "everySeconds": 60, "stepSeconds": 60, "lookbackSeconds": 3600 } }
 */
export const sloPrometheusSource = z.object({ slo: sloName, source: prometheusSource.nullable() });

/** SLOs: definitions (OpenSLO in), SLI uploads, status, and what an incident cost the budget. */
export const sloRoutes = {
  listSlos: defineRoute({
    method: 'GET',
    path: '/api/v1/slos',
    summary: 'Every SLO with its error budget, burn rates and alert state now',
    tag: 'slos',
    response: z.object({ items: z.array(sloWithStatus) }),
  }),
  createSlos: defineRoute({
    method: 'POST',
    path: '/api/v1/slos',
    summary:
      'Create or replace SLOs from OpenSLO v1 YAML ({"openslo": "…"}) or one definition; errors name document and field',
    tag: 'slos',
    body: createSloBody,
    response: sloImportResult,
    status: 201,
  }),
  getSlo: defineRoute({
    method: 'GET',
    path: '/api/v1/slos/{name}',
    summary:
      'One SLO with its error budget, burn rates and alert state now; its version is the ETag an edit sends as If-Match',
    tag: 'slos',
    params: sloParams,
    response: sloWithStatus.extend({ version: z.number().int().positive() }),
    etag: true,
  }),
  updateSlo: defineRoute({
    method: 'PUT',
    path: '/api/v1/slos/{name}',
    summary:
      'Create an SLO, or replace it keeping its SLI samples, from one definition of the same name; with If-Match (the ETag of GET) a stale version gets 412 and changes nothing',
    tag: 'slos',
    params: sloParams,
    body: sloDefinition,
    response: sloDefinition,
  }),
  deleteSlo: defineRoute({
    method: 'DELETE',
    path: '/api/v1/slos/{name}',
    summary: 'Remove an SLO with its SLI samples and Prometheus source',
    tag: 'slos',
    params: sloParams,
    response: null,
    status: 204,
  }),
  getSloPrometheusSource: defineRoute({
    method: 'GET',
    path: '/api/v1/slos/{name}/prometheus-source',
    summary: "Where the SLO's SLI is pulled from (Prometheus query_range), or null",
    tag: 'slos',
    params: sloParams,
    response: sloPrometheusSource,
  }),
  setSloPrometheusSource: defineRoute({
    method: 'PUT',
    path: '/api/v1/slos/{name}/prometheus-source',
    summary:
      "Pull the SLO's SLI from a Prometheus server on a schedule, with the indicator's queries",
    tag: 'slos',
    params: sloParams,
    body: prometheusSource,
    response: sloPrometheusSource,
  }),
  removeSloPrometheusSource: defineRoute({
    method: 'DELETE',
    path: '/api/v1/slos/{name}/prometheus-source',
    summary: "Stop pulling the SLO's SLI from Prometheus",
    tag: 'slos',
    params: sloParams,
    response: null,
    status: 204,
  }),
  uploadSli: defineRoute({
    method: 'POST',
    path: '/api/v1/slos/{name}/sli',
    summary:
      'Add SLI samples: CSV (timestamp with good, bad, total or value) or Prometheus range-query JSON (?format=prometheus&series=good)',
    tag: 'slos',
    params: sloParams,
    query: sliUploadQuery,
    body: byteStream('CSV or a Prometheus range-query answer'),
    response: sliImportResult,
    status: 201,
  }),
  getIncidentSloImpact: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/slo-impact',
    summary: "Error budget each SLO of the incident's services spent inside its impact window",
    tag: 'slos',
    params: z.object({ key: incidentKey }),
    response: sloImpact,
  }),
} as const;
