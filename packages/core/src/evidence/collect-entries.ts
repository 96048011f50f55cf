import {
  createTimelineEntryInput,
  DomainError,
  issuesToDetails,
  type EvidenceProblem,
  type IncidentKey,
} from '@aftermath/domain';
import type { ByteSource, ImportedEntry, Importer, ImportOptions } from '@aftermath/importers';
import type { TimelineEntryWithKey } from '../ports';

/**
 * Importers aggregate (a log burst is one entry), so an import holds its entries in memory until
 * its one transaction. This bounds that: evidence that still yields more is refused, not half-read.
 */
export const maxEntriesPerImport = 100_000;

/** Problems kept on one evidence record; the rest are counted in a last problem. */
export const maxProblemsKept = 1_000;

/** What reading one piece of evidence produced. */
export interface CollectedEntries {
  entries: TimelineEntryWithKey[];
  records: number;
  problems: EvidenceProblem[];
}

/** Where the entry would point back to, for a problem about it. */
function problemAt(item: ImportedEntry, message: string): EvidenceProblem {
  const ref = item.entry.evidence;
  return { line: ref?.line ?? null, jsonPointer: ref?.jsonPointer ?? null, message };
}

/** Caps the list, saying how many were left out. */
export function capProblems(problems: EvidenceProblem[]): EvidenceProblem[] {
  if (problems.length <= maxProblemsKept) return problems;
  const more = problems.length - maxProblemsKept;
  const message = `… and ${more} more problem${more === 1 ? '' : 's'} not kept`;
  return [...problems.slice(0, maxProblemsKept), { line: null, jsonPointer: null, message }];
}

interface EntryContext {
  key: IncidentKey;
  format: string;
  newId: () => string;
  createdAt: string;
}

/**
 * Runs the importer to its end. Every entry is checked against the timeline-entry schema (an
 * invalid one becomes a problem, not a crash), gets an id, and points back to `evidenceId`.
 * Dedupe keys are prefixed with the format, so two sources cannot collide.
 */
export async function collectEntries(
  importer: Importer,
  source: ByteSource,
  options: ImportOptions,
  context: EntryContext,
): Promise<CollectedEntries> {
  const entries: TimelineEntryWithKey[] = [];
  const invalid: EvidenceProblem[] = [];
  const reading = importer.read(source, options);
  let next = await reading.next();
  for (; next.done !== true; next = await reading.next()) {
    const item = next.value;
    const parsed = createTimelineEntryInput.safeParse(item.entry);
    if (!parsed.success) {
      const [first] = issuesToDetails(parsed.error.issues, 'entry');
      invalid.push(problemAt(item, `entry skipped: ${first?.path}: ${first?.message}`));
      continue;
    }
    if (entries.length >= maxEntriesPerImport) {
      await reading.return?.({ records: 0, problems: [] });
      throw new DomainError(
        'validation',
        `More than ${maxEntriesPerImport} timeline entries from one piece of evidence; split it`,
        [{ path: 'source', message: `more than ${maxEntriesPerImport} entries` }],
      );
    }
    const ref = parsed.data.evidence;
    entries.push({
      dedupeKey: `${context.format}:${item.dedupeKey}`,
      entry: {
        ...parsed.data,
        id: context.newId(),
        incidentKey: context.key,
        evidence: {
          evidenceId: options.evidenceId,
          line: ref?.line ?? null,
          byteOffset: ref?.byteOffset ?? null,
          jsonPointer: ref?.jsonPointer ?? null,
        },
        createdAt: context.createdAt,
        version: 1,
      },
    });
  }
  const problems = [...next.value.problems, ...invalid].sort(
    (a, b) => (a.line ?? Infinity) - (b.line ?? Infinity),
  );
  return { entries, records: next.value.records, problems };
}
