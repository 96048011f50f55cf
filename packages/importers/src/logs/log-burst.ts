import { createHash } from 'node:crypto';
import { formatTitleTag, type TemplateMatch } from '@aftermath/analysis';
import type { EvidenceFormat } from '@aftermath/domain';
import type { ImportedEntry } from '../importer';
import { buildEntry, formatDuration, toServiceName, type Instant } from '../json-documents';
import type { LevelRank } from './level-rank';
import type { TimedLogRecord } from './log-record';

/** Records of one template and level, each within the window of the one before. */
export interface LogBurst {
  readonly first: TimedLogRecord;
  readonly rank: LevelRank;
  match: TemplateMatch;
  earliest: Instant;
  latest: Instant;
  count: number;
}

/** What a burst entry needs besides the burst. */
export interface BurstContext {
  format: EvidenceFormat;
  evidenceId: string;
}

/** A short stable hash for dedupe keys. */
export function hashKey(parts: ReadonlyArray<string | number>): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

/**
 * One timeline entry for a burst, titled `[ERROR] checkout: Connection refused to <*> ×1,204`
 * (`[WARN]` for warnings), at the burst's earliest record, pointing at its first line. The dedupe
 * key hashes the first line's number, byte offset and text, so importing the same file again
 * (with the same window) adds nothing.
 */
export function toBurstEntry(burst: LogBurst, context: BurstContext): ImportedEntry {
  const { first, match } = burst;
  const tag = formatTitleTag(burst.rank === 'error' ? 'error' : 'warn');
  const who = first.service === null ? '' : `${first.service}: `;
  const span = formatDuration(burst.latest.epochMs - burst.earliest.epochMs);
  return {
    dedupeKey: `${context.format}:${hashKey([burst.rank, first.line, first.byteOffset, first.example])}`,
    entry: buildEntry({
      instant: burst.earliest,
      kind: 'log',
      title: `${tag} ${who}${match.template} ×${burst.count.toLocaleString('en-US')}`,
      body: [
        `Lines: ${burst.count.toLocaleString('en-US')} from ${burst.earliest.at} to ${burst.latest.at} (${span})`,
        `Level: ${first.level ?? burst.rank}`,
        `Template ${match.templateId}: ${match.template}`,
        `First line: ${first.line} (byte ${first.byteOffset})`,
        `Example: ${first.example}`,
      ],
      source: context.format,
      service: toServiceName(first.service),
      evidence: {
        evidenceId: context.evidenceId,
        line: first.line,
        byteOffset: first.byteOffset,
        jsonPointer: null,
      },
    }),
  };
}
