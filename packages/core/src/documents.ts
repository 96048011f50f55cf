import {
  DomainError,
  type IncidentKey,
  type PostmortemDocument,
  type Principal,
} from '@aftermath/domain';
import { authorize } from './authorization';
import type { Context } from './context';
import { getIncident } from './incidents';
import { assertRcaReferences, loadRcaReferences } from './rca';
import { rcaFromDocument, rcaToDocument } from './rca/document-rca';
import { recordRevision } from './review/revisions';

/** Everything about one incident as a self-contained document (for Markdown / JSON export). */
export async function exportDocument(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<PostmortemDocument> {
  const { version: _version, ...incident } = await getIncident(ctx, principal, key);
  const [postmortem, timeline, actions] = await Promise.all([
    ctx.store.postmortems.get(key),
    ctx.store.timeline.listByIncident(key),
    ctx.store.actions.listByIncident(key),
  ]);
  return {
    incident,
    postmortem: postmortem
      ? (({ incidentKey: _k, version: _v, ...rest }) => ({
          ...rest,
          rca: rcaToDocument(
            rest.rca,
            timeline.map((entry) => entry.id),
          ),
        }))(postmortem)
      : null,
    timeline: timeline.map(
      ({ id: _i, incidentKey: _k, version: _v, createdAt: _c, ...rest }) => rest,
    ),
    actions: actions.map(
      ({ id: _i, incidentKey: _k, version: _v, createdAt: _c, updatedAt: _u, ...rest }) => rest,
    ),
  };
}

/**
 * Writes a whole document (an incident with its postmortem, timeline and actions) in one
 * transaction: all of it lands or none. The incident keeps its key; an existing key is a conflict.
 */
export async function importDocument(
  ctx: Context,
  principal: Principal,
  doc: PostmortemDocument,
): Promise<IncidentKey> {
  authorize(principal, 'incident.create', { services: doc.incident.services });
  const key = doc.incident.key;
  const now = ctx.clock().toISOString();
  await ctx.store.transaction(async (tx) => {
    if (await tx.incidents.get(key)) {
      throw new DomainError('conflict', `${key} already exists; nothing was imported`, [
        { path: 'key', message: `${key} already exists` },
      ]);
    }
    await tx.incidents.insert({ ...doc.incident, version: 1 });
    const entryIds: string[] = [];
    for (const entry of doc.timeline) {
      const id = ctx.newId();
      entryIds.push(id);
      await tx.timeline.insert({ ...entry, id, incidentKey: key, createdAt: now, version: 1 });
    }
    if (doc.postmortem) {
      // The document cites entries by position (T1, T2, …); they now have ids of their own.
      const rca = rcaFromDocument(doc.postmortem.rca, entryIds);
      assertRcaReferences(rca, await loadRcaReferences(tx, key), 'postmortem.rca');
      const postmortem = { ...doc.postmortem, rca, incidentKey: key, version: 1 };
      await tx.postmortems.insert(postmortem);
      await recordRevision(tx, postmortem, null);
    }
    for (const action of doc.actions) {
      await tx.actions.insert({
        ...action,
        id: ctx.newId(),
        incidentKey: key,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
    }
  });
  return key;
}
