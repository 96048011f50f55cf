import { incident as incidentSchema, timelineEntry, type EvidenceProblem } from '@aftermath/domain';
import { countKeys, looksLikeJson } from '../json-documents';
import { listIncidents } from './list-incidents';
import { readIncident, type StatuspageDocument } from './statuspage-incident';

/** The domain's shapes for what a document carries, to check each one before handing it out. */
const documentIncident = incidentSchema.omit({ version: true });
const documentEntry = timelineEntry.omit({
  id: true,
  incidentKey: true,
  version: true,
  createdAt: true,
});

/**
 * Reads Atlassian Statuspage incident JSON — one incident, `{ page, incident }`, `{ page,
 * incidents: [...] }` (`/api/v2/incidents.json`) or a JSON array of these — into one document
 * per status-page incident: the incident with its milestones and its updates as `status`
 * timeline entries; no postmortem, no actions. Never throws: what cannot be read becomes a
 * problem naming its JSON pointer in `json`, and `name` (the file name, for messages).
 *
 * - started_at, else created_at → impact start; created_at → detected; the first `monitoring`
 *   update (else monitoring_at) → mitigated; resolved_at (else the last `resolved` update) →
 *   resolved. Times that are out of order as published are kept, with `milestoneOrderOverride`
 *   saying so (and a problem noting it).
 * - impact critical → SEV1, major → SEV2, minor → SEV3, none/maintenance → SEV4; components
 *   (and components named by updates) → services; status resolved / mitigated / open from the
 *   milestones; tags `statuspage` and `statuspage:<id>`.
 *
 * **Placeholders the caller must replace**: every document's `incident.key` is
 * `STATUSPAGE_PLACEHOLDER_KEY` (`INC-1`), and every entry's `evidence.evidenceId` is
 * `STATUSPAGE_EVIDENCE_PLACEHOLDER`; entry pointers are relative to the incident object at
 * `sourcePointer`. `importStatuspageHistory` in `@aftermath/core` does this.
 *
 * @example
 * const { documents, problems } = parseStatuspageIncidents(JSON.parse(text), 'incidents.json');
 * documents[0]?.incident.milestones.mitigatedAt; // time of the first "monitoring" update
 */
export function parseStatuspageIncidents(
  json: unknown,
  name: string,
): { documents: StatuspageDocument[]; problems: EvidenceProblem[] } {
  const documents: StatuspageDocument[] = [];
  const problems: EvidenceProblem[] = [];
  const add = (pointer: string, message: string) =>
    problems.push({ line: null, jsonPointer: pointer, message: `${name}: ${message}` });
  for (const found of listIncidents(json)) {
    if ('problem' in found) {
      add(found.pointer, found.problem);
      continue;
    }
    const reading = readIncident(found.incident, found.pageName);
    for (const problem of reading.problems)
      add(`${found.pointer}${problem.pointer}`, problem.problem);
    if (!reading.document) continue;
    const invalid = findInvalid(reading.document);
    if (invalid) add(found.pointer, invalid);
    else documents.push({ ...reading.document, sourcePointer: found.pointer });
  }
  return { documents, problems };
}

/** Why the document breaks a domain rule (a guard: reading should never produce one), or null. */
function findInvalid(document: StatuspageDocument): string | null {
  const incident = documentIncident.safeParse(document.incident);
  if (!incident.success)
    return `incident skipped: ${incident.error.issues[0]?.message ?? 'invalid'}`;
  for (const entry of document.timeline) {
    const checked = documentEntry.safeParse(entry);
    if (!checked.success)
      return `incident skipped: ${checked.error.issues[0]?.message ?? 'invalid'}`;
  }
  return null;
}

/**
 * Confidence that evidence is Statuspage incident JSON, from its first bytes: JSON with
 * Statuspage's incident keys (`incident_updates`, `shortlink`, `impact`, `resolved_at` …).
 *
 * @example
 * detectStatuspage('{"incident":{"id":"x","impact":"minor","incident_updates":[]}}', null); // 0.9
 */
export function detectStatuspage(head: string, name: string | null): number {
  if (!looksLikeJson(head)) return 0;
  const keys = countKeys(head, [
    'incident_updates',
    'shortlink',
    'impact',
    'resolved_at',
    'monitoring_at',
    'started_at',
  ]);
  const byName = /status/i.test(name ?? '') ? 0.05 : 0;
  if (keys >= 2) return 0.9 + byName;
  return keys === 1 ? 0.3 : 0;
}
