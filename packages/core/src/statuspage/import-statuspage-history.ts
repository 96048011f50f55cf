import {
  formatIncidentKey,
  type Evidence,
  type EvidenceChannel,
  type EvidenceProblem,
  type IncidentKey,
  type PostmortemDocument,
  type Principal,
} from '@aftermath/domain';
import { parseStatuspageIncidents, type StatuspageDocument } from '@aftermath/importers';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { importDocument } from '../documents';
import { findImportedStatuspageIds, statuspageTag } from './imported-statuspage-ids';
import { valueAtPointer } from './value-at-pointer';

/** What a status-page import did. */
export interface StatuspageImportResult {
  /** Keys of the incidents created, in the order of the input. */
  created: IncidentKey[];
  /** Status-page incidents already imported before (or twice in this input): nothing created. */
  skipped: number;
  /** What could not be read, with JSON pointers into the input (see `parseStatuspageIncidents`). */
  problems: EvidenceProblem[];
}

/** How the history reached Aftermath, for the evidence records. */
export interface StatuspageImportOptions {
  channel?: EvidenceChannel;
}

/**
 * `aftermath import FILE --format statuspage`: one incident per status-page incident, each
 * written in its own transaction (incident, milestones, updates as timeline entries, and an
 * evidence record whose blob is the incident's JSON, which every entry points into). Idempotent:
 * a status-page incident already imported — known by its tag `statuspage:<id>` — is skipped, so
 * re-importing a history creates only what is new. Unreadable incidents become problems and
 * change nothing; the others still land.
 */
export async function importStatuspageHistory(
  ctx: Context,
  principal: Principal,
  json: unknown,
  name: string,
  options: StatuspageImportOptions = {},
): Promise<StatuspageImportResult> {
  authorize(principal, 'incident.create');
  const { documents, problems } = parseStatuspageIncidents(json, name);
  const known = await findImportedStatuspageIds(ctx);
  const created: IncidentKey[] = [];
  let skipped = 0;
  for (const document of documents) {
    if (known.has(statuspageTag(document.statuspageId))) {
      skipped += 1;
      continue;
    }
    known.add(statuspageTag(document.statuspageId));
    const own = problems.filter((problem) => isWithin(problem.jsonPointer, document.sourcePointer));
    const source = { json, name, channel: options.channel ?? 'cli', problems: own };
    created.push(await createIncidentFrom(ctx, principal, document, source));
  }
  return { created, skipped, problems };
}

interface Source {
  json: unknown;
  name: string;
  channel: EvidenceChannel;
  problems: EvidenceProblem[];
}

async function createIncidentFrom(
  ctx: Context,
  principal: Principal,
  document: StatuspageDocument,
  source: Source,
): Promise<IncidentKey> {
  const raw = valueAtPointer(source.json, document.sourcePointer);
  const bytes = new TextEncoder().encode(JSON.stringify(raw));
  // Blobs live beside the database: an incident whose transaction fails leaves an unused blob.
  const blob = await ctx.store.blobs.put(oneChunk(bytes));
  return ctx.store.transaction(async (tx) => {
    const key = formatIncidentKey(await tx.incidents.nextNumber());
    const evidenceId = ctx.newId();
    await importDocument(ctx, principal, withIdentity(document, key, evidenceId));
    const evidence: Evidence = {
      id: evidenceId,
      incidentKey: key,
      format: 'statuspage',
      channel: source.channel,
      name: source.name.slice(0, 500),
      sha256: blob.sha256,
      bytes: blob.bytes,
      receivedAt: ctx.clock().toISOString(),
      records: document.timeline.length + source.problems.length,
      entriesAdded: document.timeline.length,
      duplicatesSkipped: 0,
      problems: source.problems.map((problem) => relativeTo(problem, document.sourcePointer)),
    };
    await tx.evidence.insert(evidence);
    return key;
  });
}

/** The document with its real key, and entries pointing at the evidence record. */
function withIdentity(
  document: StatuspageDocument,
  key: IncidentKey,
  evidenceId: string,
): PostmortemDocument {
  return {
    incident: { ...document.incident, key },
    postmortem: document.postmortem,
    timeline: document.timeline.map((entry) => ({
      ...entry,
      evidence: entry.evidence ? { ...entry.evidence, evidenceId } : null,
    })),
    actions: document.actions,
  };
}

function isWithin(pointer: string | null, root: string): boolean {
  return pointer !== null && (pointer === root || pointer.startsWith(`${root}/`));
}

function relativeTo(problem: EvidenceProblem, root: string): EvidenceProblem {
  const pointer = problem.jsonPointer?.slice(root.length) ?? null;
  return { ...problem, jsonPointer: pointer };
}

function oneChunk(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  return {
    [Symbol.asyncIterator]() {
      let done = false;
      return {
        next: () => {
          const result = done
            ? { done: true as const, value: undefined }
            : { done: false as const, value: bytes };
          done = true;
          return Promise.resolve(result);
        },
      };
    },
  };
}
