import {
  addIncidentMember,
  listAuditRecords,
  listIncidentMembers,
  listTeamMembers,
  removeIncidentMember,
  removeTeamMember,
  setTeamMember,
  verifyAuditLog,
  type Context,
} from '@aftermath/core';
import type { Handlers } from '../register-routes';
import { streamAuditExport } from './audit-export';

type AccessHandlers = Pick<
  Handlers,
  | 'listTeamMembers'
  | 'setTeamMember'
  | 'removeTeamMember'
  | 'listIncidentMembers'
  | 'addIncidentMember'
  | 'removeIncidentMember'
  | 'listAudit'
  | 'exportAudit'
  | 'verifyAudit'
>;

/** Roles per team, named incident members and the audit log. */
export function accessHandlers(ctx: Context): AccessHandlers {
  return {
    listTeamMembers: async ({ principal, query }) => ({
      items: await listTeamMembers(ctx, principal, query),
    }),
    setTeamMember: ({ principal, params, body }) =>
      setTeamMember(ctx, principal, { ...params, role: body.role }),
    removeTeamMember: async ({ principal, params }) => {
      await removeTeamMember(ctx, principal, params.team, params.username);
      return undefined;
    },
    listIncidentMembers: async ({ principal, params }) => ({
      items: await listIncidentMembers(ctx, principal, params.key),
    }),
    addIncidentMember: async ({ principal, params }) => ({
      items: await addIncidentMember(ctx, principal, params.key, params.username),
    }),
    removeIncidentMember: async ({ principal, params }) => ({
      items: await removeIncidentMember(ctx, principal, params.key, params.username),
    }),
    listAudit: async ({ principal, query }) => ({
      items: await listAuditRecords(ctx, principal, query),
    }),
    exportAudit: ({ principal }) => streamAuditExport(ctx, principal),
    verifyAudit: ({ principal }) => verifyAuditLog(ctx, principal),
  };
}
