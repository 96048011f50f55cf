import type { EvidenceProblem } from '@aftermath/domain';
import type {
  ImportedEntry,
  Importer,
  ImportOptions,
  ImportSummary,
  ByteSource,
} from '../importer';
import {
  deployDedupeKey,
  describeDeployEvent,
  parseDeployEvent,
  type DeployEvent,
  type FieldProblem,
} from './deploy-event';
import { readJsonRecords, type RecordPosition } from './read-json-records';

const kindField = /"kind"\s*:\s*"(?:deploy|config|feature-flag|migration)"/;
const serviceField = /"service"\s*:/;
const whenField = /"when"\s*:/;

function detectDeployEvents(head: string): number {
  const start = head.trimStart();
  if (!start.startsWith('{') && !start.startsWith('[')) return 0;
  if (!kindField.test(head) || !serviceField.test(head)) return 0;
  return whenField.test(head) ? 0.9 : 0.6;
}

function toEntry(event: DeployEvent, position: RecordPosition, options: ImportOptions) {
  return {
    ...describeDeployEvent(event),
    at: event.when.at,
    precision: event.when.precision,
    zoneAssumed: event.when.zoneAssumed,
    source: 'deploy',
    service: event.service,
    evidence: { evidenceId: options.evidenceId, ...position },
    author: event.who.slice(0, 200),
    pinned: false,
  };
}

function toProblem(position: RecordPosition, problem: FieldProblem): EvidenceProblem {
  const field = problem.field === '' ? 'record' : problem.field;
  const pointer =
    position.jsonPointer === null && problem.field === ''
      ? null
      : `${position.jsonPointer ?? ''}${problem.field === '' ? '' : `/${problem.field}`}`;
  return { line: position.line, jsonPointer: pointer, message: `${field}: ${problem.message}` };
}

async function* readDeployEvents(
  source: ByteSource,
  options: ImportOptions,
): AsyncGenerator<ImportedEntry, ImportSummary> {
  let records = 0;
  const problems: EvidenceProblem[] = [];
  for await (const record of readJsonRecords(source)) {
    if (!record.ok) {
      problems.push(record.problem);
      continue;
    }
    records += 1;
    const parsed = parseDeployEvent(record.value, options.defaultZone);
    if (parsed.event === null) {
      problems.push(...parsed.problems.map((problem) => toProblem(record.position, problem)));
      continue;
    }
    yield {
      dedupeKey: deployDedupeKey(parsed.event, record.value),
      entry: toEntry(parsed.event, record.position, options),
    };
  }
  return { records, problems };
}

/**
 * The generic deploy/change event (JSON object, array or JSON lines of
 * `{ service, version, who, when, kind: deploy|config|feature-flag|migration, description?, id? }`):
 * one timeline entry per event, `deploy` for deploys and `change` for the rest. The dedupe key is
 * the event's `id`, else a hash of its content. A bad record is a problem with its line and JSON
 * pointer; the others still import.
 *
 * @example
 * // deploys.jsonl: {"service":"checkout-api","version":"1.4.2","who":"ci-bot","when":"2026-03-01T11:52:00Z","kind":"deploy"}
 * genericDeployImporter.detect(head, 'deploys.jsonl'); // 0.9
 */
export const genericDeployImporter: Importer = {
  format: 'deploy',
  description:
    'Generic deploy/change events (JSON or JSON lines: service, version, who, when, kind)',
  detect: (head) => detectDeployEvents(head),
  read: readDeployEvents,
};
