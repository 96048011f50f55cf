import type { TimelineView } from '@aftermath/core';
import { milestoneNames, type MilestoneName, type TimelineEntry } from '@aftermath/domain';

const milestoneLabels: Record<MilestoneName, string> = {
  impactStartedAt: 'impact started',
  detectedAt: 'detected',
  acknowledgedAt: 'acknowledged',
  mitigatedAt: 'mitigated',
  resolvedAt: 'resolved',
  closedAt: 'closed',
};

/** `2026-03-01 11:52:00Z`, with `*` when the source gave no zone (the default was assumed). */
function formatTime(entry: Pick<TimelineEntry, 'at' | 'zoneAssumed'>): string {
  const shown = `${entry.at.slice(0, 10)} ${entry.at.slice(11, 19)}Z`;
  return entry.zoneAssumed ? `${shown}*` : shown;
}

function evidenceOf(entry: TimelineEntry): string {
  const ref = entry.evidence;
  if (ref === null) return '';
  if (ref.line !== null) return `${ref.evidenceId}:${ref.line}`;
  if (ref.jsonPointer !== null && ref.jsonPointer !== '')
    return `${ref.evidenceId}#${ref.jsonPointer}`;
  return ref.evidenceId;
}

const zoneNote = '* no time zone in the source: the default zone was assumed';

/** The timeline as aligned text: milestones, then one line per entry. */
export function formatTimelineText(view: TimelineView): string {
  const milestones = milestoneNames
    .filter((name) => view.milestones[name] !== null)
    .map((name) => `  ${milestoneLabels[name].padEnd(15)} ${view.milestones[name]}`);
  const rows = view.entries.map((entry) =>
    [
      formatTime(entry).padEnd(21),
      entry.kind.padEnd(9),
      (entry.service ?? '-').padEnd(16),
      entry.title,
    ].join(' '),
  );
  const lines = [
    'Milestones:',
    ...(milestones.length > 0 ? milestones : ['  (none recorded)']),
    '',
    `Timeline (${view.entries.length} entries, UTC):`,
    ...(rows.length > 0 ? rows.map((row) => `  ${row}`) : ['  (empty)']),
  ];
  if (view.entries.some((entry) => entry.zoneAssumed)) lines.push('', zoneNote);
  return lines.join('\n');
}

function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** The timeline as Markdown tables, ready to paste into a postmortem. */
export function formatTimelineMarkdown(view: TimelineView): string {
  const milestones = milestoneNames
    .filter((name) => view.milestones[name] !== null)
    .map((name) => `| ${milestoneLabels[name]} | ${view.milestones[name]} |`);
  const rows = view.entries.map(
    (entry) =>
      `| ${formatTime(entry)} | ${entry.kind} | ${cell(entry.source)} | ${cell(entry.service ?? '')} | ` +
      `${cell(entry.title)} | ${cell(evidenceOf(entry))} |`,
  );
  const lines = [
    '## Milestones',
    '',
    ...(milestones.length > 0
      ? ['| milestone | time (UTC) |', '| --- | --- |', ...milestones]
      : ['No milestones recorded.']),
    '',
    '## Timeline',
    '',
    ...(rows.length > 0
      ? [
          '| time (UTC) | kind | source | service | what | evidence |',
          '| --- | --- | --- | --- | --- | --- |',
          ...rows,
        ]
      : ['No entries yet.']),
  ];
  if (view.entries.some((entry) => entry.zoneAssumed)) lines.push('', `\\${zoneNote}`);
  return lines.join('\n');
}
