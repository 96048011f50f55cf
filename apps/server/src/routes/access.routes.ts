import { Readable } from 'node:stream';
import {
  addIncidentMember,
  canonicalJson,
  listAuditRecords,
  listIncidentMembers,
  listTeamMembers,
  readAuditLog,
  removeIncidentMember,
  removeTeamMember,
  setTeamMember,
  verifyAuditLog,
  type Context,
} from '@aftermath/core';
import type { Handlers } from '../register-routes';

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
    // Read whole before answering: the length goes in Content-Length, and a refusal (not an
    // admin) must be an error status, not a cut stream.
    exportAudit: async ({ principal }) => {
      const lines: string[] = [];
      for await (const record of readAuditLog(ctx, principal)) lines.push(canonicalJson(record));
      const bytes = Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8');
      return {
        stream: Readable.from([bytes]),
        bytes: bytes.length,
        fileName: 'audit.jsonl',
        contentType: 'application/x-ndjson',
      };
    },
    verifyAudit: ({ principal }) => verifyAuditLog(ctx, principal),
  };
}
