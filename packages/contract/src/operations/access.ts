import { membershipRoleInput, teamMembership, teamName, username } from '@aftermath/domain';
import { z } from 'zod';
import { byteStream, defineRoute } from '../route';
import { incidentKeyParams } from '../schemas';

/**
 * One audit record: who changed what, when, the record before and after, and its place in the
 * hash chain.
 *
 * @example { seq: 7, at: '2026-11-20T10:00:00.000Z', actor: 'ana', action: 'incidents.update', target: 'INC-3', … }
 */
export const auditRecord = z.object({
  seq: z.number().int().min(1),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  prevHash: z.string(),
  hash: z.string(),
});

/** The outcome of checking the audit chain; `broken` names the first bad record. */
export const auditVerification = z.object({
  ok: z.boolean(),
  records: z.number().int().min(0),
  broken: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
});

const memberParams = z.object({ team: teamName, username });
const incidentMemberParams = incidentKeyParams.extend({ username });
const incidentMembers = z.object({ items: z.array(username) });

/** Roles per team, named incident members and the audit log (admins). */
export const accessRoutes = {
  listTeamMembers: defineRoute({
    method: 'GET',
    path: '/api/v1/team-members',
    summary: 'Roles per team: every membership, or one team’s or one person’s',
    tag: 'access',
    query: z.object({ team: teamName.optional(), username: username.optional() }),
    response: z.object({ items: z.array(teamMembership) }),
  }),
  setTeamMember: defineRoute({
    method: 'PUT',
    path: '/api/v1/teams/{team}/members/{username}',
    summary: 'Give a person a role in a team, replacing their role there (admins)',
    tag: 'access',
    params: memberParams,
    body: membershipRoleInput,
    response: teamMembership,
  }),
  removeTeamMember: defineRoute({
    method: 'DELETE',
    path: '/api/v1/teams/{team}/members/{username}',
    summary: 'Take a person out of a team (admins)',
    tag: 'access',
    params: memberParams,
    response: null,
    status: 204,
  }),
  listIncidentMembers: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/members',
    summary: 'People the incident names as members (they see it even when restricted)',
    tag: 'access',
    params: incidentKeyParams,
    response: incidentMembers,
  }),
  addIncidentMember: defineRoute({
    method: 'PUT',
    path: '/api/v1/incidents/{key}/members/{username}',
    summary: 'Name a person as a member of the incident (responders on its teams, admins)',
    tag: 'access',
    params: incidentMemberParams,
    response: incidentMembers,
  }),
  removeIncidentMember: defineRoute({
    method: 'DELETE',
    path: '/api/v1/incidents/{key}/members/{username}',
    summary: 'Remove a named member from the incident',
    tag: 'access',
    params: incidentMemberParams,
    response: incidentMembers,
  }),
  listAudit: defineRoute({
    method: 'GET',
    path: '/api/v1/audit',
    summary:
      'Audit records after a sequence number, oldest first, optionally of one actor, one target ' +
      'and one action or table (action=incidents matches incidents.*) (admins)',
    tag: 'access',
    query: z.object({
      after: z.coerce.number().int().min(0).default(0),
      limit: z.coerce.number().int().min(1).max(1000).default(100),
      actor: z.string().trim().min(1).max(200).optional(),
      action: z.string().trim().min(1).max(200).optional(),
      target: z.string().trim().min(1).max(500).optional(),
    }),
    response: z.object({ items: z.array(auditRecord) }),
  }),
  exportAudit: defineRoute({
    method: 'GET',
    path: '/api/v1/audit/export',
    summary: 'The whole audit log as JSON lines, one record a line (admins)',
    tag: 'access',
    response: byteStream('JSON lines (application/x-ndjson)'),
  }),
  verifyAudit: defineRoute({
    method: 'GET',
    path: '/api/v1/audit/verify',
    summary: 'Recompute the audit hash chain; names the first broken record (admins)',
    tag: 'access',
    response: auditVerification,
  }),
} as const;
