import {
  createActionItemInput,
  createIncidentInput,
  createTimelineEntryInput,
  postmortemTransitionInput,
  savePostmortemInput,
  serviceInput,
  updateActionItemInput,
  updateIncidentInput,
  updateTimelineEntryInput,
} from '@aftermath/domain';
import { byteStream, defineRoute } from './route';
import { analysisRoutes } from './operations/analysis';
import { metricsRoutes } from './operations/metrics';
import { programmeHealthRoutes } from './operations/programme-health';
import { searchRoutes } from './operations/search';
import { sloRoutes } from './operations/slo';
import { timelineViewRoutes } from './operations/timeline-view';
import { rcaRoutes } from './operations/rca';
import { policyRoutes, postmortemWithDeadlines } from './operations/policy';
import { webhooksRoutes } from './operations/webhooks';
import { notificationsRoutes } from './operations/notifications';
import { trackersRoutes } from './operations/trackers';
import { publicationRoutes } from './operations/publication';
import { postmortemTemplateRoutes } from './operations/postmortem-templates';
import { similarityRoutes } from './operations/similarity';
import { tagsRoutes } from './operations/tags';
import { savedViewsRoutes } from './operations/saved-views';
import { actionOverviewRoutes } from './operations/action-overview';
import { actionVerificationRoutes } from './operations/action-verification';
import { changesRoutes } from './operations/changes';
import { sliSeriesRoutes } from './operations/sli-series';
import { reviewRoutes } from './operations/review';
import { commentRoutes } from './operations/comments';
import { historyRoutes } from './operations/history';
import { identityRoutes } from './operations/identity';
import { tokenScopeRoutes } from './operations/token-scopes';
import { accessRoutes } from './operations/access';
import { oidcRoutes } from './operations/oidc';
import { jointPostmortemRoutes } from './operations/joint-postmortems';
import {
  actionItem,
  actionList,
  demoResult,
  evidence,
  evidenceList,
  evidenceUploadQuery,
  health,
  idParams,
  incident,
  incidentChildParams,
  incidentKeyParams,
  incidentListQuery,
  incidentPage,
  postmortem,
  serviceList,
  timelineEntry,
  timelineList,
} from './schemas';
import { service, severityScale } from '@aftermath/domain';

/** The foundation's operations: incidents, timeline, evidence, postmortems, actions, settings. */
const foundationRoutes = {
  health: defineRoute({
    method: 'GET',
    path: '/healthz',
    summary: 'Liveness and database reachability',
    tag: 'system',
    response: health,
  }),
  listIncidents: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents',
    summary: 'List incidents, newest first, filtered by status, severity, service and text',
    tag: 'incidents',
    query: incidentListQuery,
    response: incidentPage,
  }),
  createIncident: defineRoute({
    method: 'POST',
    path: '/api/v1/incidents',
    summary: 'Create an incident; the answer carries its key (INC-n)',
    tag: 'incidents',
    body: createIncidentInput,
    response: incident,
    status: 201,
    etag: true,
  }),
  getIncident: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}',
    summary: 'One incident; the ETag carries its version',
    tag: 'incidents',
    params: incidentKeyParams,
    response: incident,
    etag: true,
  }),
  updateIncident: defineRoute({
    method: 'PATCH',
    path: '/api/v1/incidents/{key}',
    summary: 'Change fields, status or milestones of an incident (If-Match required)',
    tag: 'incidents',
    params: incidentKeyParams,
    body: updateIncidentInput,
    response: incident,
    requiresIfMatch: true,
    etag: true,
  }),
  listTimeline: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/timeline',
    summary: "The incident's timeline entries in time order",
    tag: 'timeline',
    params: incidentKeyParams,
    response: timelineList,
  }),
  addTimelineEntry: defineRoute({
    method: 'POST',
    path: '/api/v1/incidents/{key}/timeline',
    summary: 'Add a timeline entry',
    tag: 'timeline',
    params: incidentKeyParams,
    body: createTimelineEntryInput,
    response: timelineEntry,
    status: 201,
    etag: true,
  }),
  updateTimelineEntry: defineRoute({
    method: 'PATCH',
    path: '/api/v1/incidents/{key}/timeline/{id}',
    summary: 'Edit a timeline entry (If-Match required)',
    tag: 'timeline',
    params: incidentChildParams,
    body: updateTimelineEntryInput,
    response: timelineEntry,
    requiresIfMatch: true,
    etag: true,
  }),
  deleteTimelineEntry: defineRoute({
    method: 'DELETE',
    path: '/api/v1/incidents/{key}/timeline/{id}',
    summary: 'Remove a timeline entry (If-Match required)',
    tag: 'timeline',
    params: incidentChildParams,
    response: null,
    status: 204,
    requiresIfMatch: true,
  }),
  uploadEvidence: defineRoute({
    method: 'POST',
    path: '/api/v1/incidents/{key}/evidence',
    summary:
      'Import evidence into the timeline: the raw body (any size and content type, gzip read ' +
      'transparently) is streamed, never buffered; re-sending the same bytes adds no entries',
    tag: 'evidence',
    params: incidentKeyParams,
    query: evidenceUploadQuery,
    body: byteStream(
      'The evidence as it is: a log file, JSON lines, a webhook payload, gzip of any of them',
    ),
    response: evidence,
    status: 201,
  }),
  listEvidence: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/evidence',
    summary: "The incident's evidence records, in the order they arrived",
    tag: 'evidence',
    params: incidentKeyParams,
    response: evidenceList,
  }),
  getEvidence: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/evidence/{id}',
    summary: 'One evidence record: format, size, SHA-256, entries added, problems',
    tag: 'evidence',
    params: incidentChildParams,
    response: evidence,
  }),
  getEvidenceRaw: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/evidence/{id}/raw',
    summary: 'The raw bytes of an evidence record exactly as received, streamed',
    tag: 'evidence',
    params: incidentChildParams,
    response: byteStream('The bytes as received (gzip stays gzip)'),
  }),
  getPostmortem: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/postmortem',
    summary:
      "The incident's postmortem with the policy's draft and final deadlines; 404 when none was started",
    tag: 'postmortems',
    params: incidentKeyParams,
    response: postmortemWithDeadlines,
    etag: true,
  }),
  savePostmortem: defineRoute({
    method: 'PUT',
    path: '/api/v1/incidents/{key}/postmortem',
    summary:
      'Start the postmortem (no If-Match, none exists yet) or save changed sections (If-Match required)',
    tag: 'postmortems',
    params: incidentKeyParams,
    body: savePostmortemInput,
    response: postmortem,
    etag: true,
  }),
  transitionPostmortem: defineRoute({
    method: 'POST',
    path: '/api/v1/incidents/{key}/postmortem/transitions',
    summary: 'Move the postmortem through draft → in_review → approved → published → closed',
    tag: 'postmortems',
    params: incidentKeyParams,
    body: postmortemTransitionInput,
    response: postmortem,
    etag: true,
  }),
  listActions: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/actions',
    summary: "The incident's action items in creation order",
    tag: 'actions',
    params: incidentKeyParams,
    response: actionList,
  }),
  createAction: defineRoute({
    method: 'POST',
    path: '/api/v1/incidents/{key}/actions',
    summary: 'Add an action item',
    tag: 'actions',
    params: incidentKeyParams,
    body: createActionItemInput,
    response: actionItem,
    status: 201,
    etag: true,
  }),
  getAction: defineRoute({
    method: 'GET',
    path: '/api/v1/actions/{id}',
    summary: 'One action item',
    tag: 'actions',
    params: idParams,
    response: actionItem,
    etag: true,
  }),
  updateAction: defineRoute({
    method: 'PATCH',
    path: '/api/v1/actions/{id}',
    summary: 'Edit an action item or move its status (If-Match required)',
    tag: 'actions',
    params: idParams,
    body: updateActionItemInput,
    response: actionItem,
    requiresIfMatch: true,
    etag: true,
  }),
  listServices: defineRoute({
    method: 'GET',
    path: '/api/v1/services',
    summary: 'Services known to the workspace',
    tag: 'services',
    response: serviceList,
  }),
  upsertService: defineRoute({
    method: 'PUT',
    path: '/api/v1/services/{name}',
    summary: 'Create or replace a service',
    tag: 'services',
    params: serviceInput.pick({ name: true }),
    body: serviceInput.omit({ name: true }),
    response: service,
  }),
  getSeverityScale: defineRoute({
    method: 'GET',
    path: '/api/v1/settings/severity-scale',
    summary: 'What SEV1…SEV4 mean in this workspace',
    tag: 'settings',
    response: severityScale,
  }),
  setSeverityScale: defineRoute({
    method: 'PUT',
    path: '/api/v1/settings/severity-scale',
    summary: 'Reword what SEV1…SEV4 mean in this workspace',
    tag: 'settings',
    body: severityScale,
    response: severityScale,
  }),
  loadDemo: defineRoute({
    method: 'POST',
    path: '/api/v1/demo',
    summary: 'Load the demo workspace into an empty instance',
    tag: 'system',
    response: demoResult,
  }),
} as const;

/**
 * Every operation of the HTTP API, by operation id. Paths and fields are public: they may grow,
 * never silently change. Each capability keeps its operations in `operations/<area>.ts`.
 */
export const routes = {
  ...foundationRoutes,
  ...analysisRoutes,
  ...metricsRoutes,
  ...programmeHealthRoutes,
  ...searchRoutes,
  ...sloRoutes,
  ...timelineViewRoutes,
  ...rcaRoutes,
  ...policyRoutes,
  ...webhooksRoutes,
  ...notificationsRoutes,
  ...trackersRoutes,
  ...similarityRoutes,
  ...tagsRoutes,
  ...savedViewsRoutes,
  ...publicationRoutes,
  ...postmortemTemplateRoutes,
  ...actionOverviewRoutes,
  ...actionVerificationRoutes,
  ...changesRoutes,
  ...sliSeriesRoutes,
  ...reviewRoutes,
  ...commentRoutes,
  ...historyRoutes,
  ...identityRoutes,
  ...tokenScopeRoutes,
  ...accessRoutes,
  ...oidcRoutes,
  ...jointPostmortemRoutes,
} as const;

/** Operation ids. */
export type RouteName = keyof typeof routes;
