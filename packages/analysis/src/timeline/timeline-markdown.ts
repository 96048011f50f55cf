import type { TimelineEntry } from '@aftermath/domain';
import { formatSpan } from './format-span';
import { describeEvidence, formatInstant, formatPreciseTime, markdownCell } from './markdown-text';
import type { MilestoneDecisionStatus } from './milestone-decisions';
import type { MilestoneProposal, ProposableMilestone } from './propose-milestones';
import type { TimelineView } from './timeline-view';

/** Options for {@link buildTimelineMarkdown}. */
export interface TimelineMarkdownOptions {
  /** The document's top heading; default `Timeline of INC-N` (or `Timeline` with no entries). */
  title?: string;
}

const zoneNote =
  '⚠ zone assumed: the source gave no time zone, so the workspace default zone was assumed; ' +
  'the true time may differ by whole hours.';

const milestoneLabels: Readonly<Record<ProposableMilestone, string>> = {
  impactStartedAt: 'Impact start',
  detectedAt: 'Detected',
  acknowledgedAt: 'Acknowledged',
  mitigatedAt: 'Mitigated',
  resolvedAt: 'Resolved',
};

function table(headings: readonly string[], rows: readonly string[][]): string {
  const lines = [headings, headings.map(() => '---'), ...rows];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function timeCell(entry: Pick<TimelineEntry, 'at' | 'precision' | 'zoneAssumed'>): string {
  const time = markdownCell(formatPreciseTime(entry.at, entry.precision));
  return entry.zoneAssumed ? `${time} ⚠ zone assumed` : time;
}

/** The time of the entry `id` as its own row shows it, or the bare instant when it is not listed. */
function entryTimeCell(id: string, at: string, byId: ReadonlyMap<string, TimelineEntry>): string {
  const entry = byId.get(id);
  return entry ? timeCell(entry) : instantCell(at);
}

function instantCell(at: string | null): string {
  return markdownCell(at === null ? null : formatInstant(at));
}

function renderEntries(entries: readonly TimelineEntry[]): string {
  if (entries.length === 0) return 'No entries yet.';
  const rows = entries.map((entry) => [
    timeCell(entry),
    markdownCell(entry.kind),
    markdownCell(entry.source),
    markdownCell(entry.service),
    markdownCell(entry.title),
    markdownCell(entry.author),
    markdownCell(describeEvidence(entry.evidence)),
  ]);
  const headings = [
    'Time (UTC)',
    'Kind',
    'Source',
    'Service',
    'What happened',
    'Author',
    'Evidence',
  ];
  const rendered = table(headings, rows);
  return entries.some((entry) => entry.zoneAssumed) ? `${rendered}\n\n${zoneNote}` : rendered;
}

function proposalCells(
  proposal: MilestoneProposal | null,
  byId: ReadonlyMap<string, TimelineEntry>,
): string[] {
  if (!proposal) return ['—', '—', 'no evidence for it yet'];
  const at = entryTimeCell(proposal.entryId, proposal.at, byId);
  const others = proposal.alternatives.map(
    (alt) =>
      `<br>also ${entryTimeCell(alt.entryId, alt.at, byId)}, entry ${markdownCell(alt.entryId)}: ` +
      markdownCell(alt.reason),
  );
  return [at, markdownCell(proposal.entryId), markdownCell(proposal.reason) + others.join('')];
}

function decisionCell(status: MilestoneDecisionStatus): string {
  const { state, decision } = status;
  if (decision === null || (state !== 'accepted' && state !== 'overridden')) return '—';
  const by = decision.decidedBy === null ? '' : ` by ${decision.decidedBy}`;
  const entry = decision.entryId === null ? '' : ` (entry ${decision.entryId})`;
  const why = decision.reason === null ? '' : `: ${decision.reason}`;
  return markdownCell(`${state}${by}${entry}${why}`);
}

function renderMilestones(view: TimelineView, byId: ReadonlyMap<string, TimelineEntry>): string {
  const names = Object.keys(milestoneLabels) as ProposableMilestone[];
  const rows = names.map((name) => [
    milestoneLabels[name],
    instantCell(view.milestones.recorded[name]),
    decisionCell(view.milestones.decisions[name]),
    ...proposalCells(view.milestones.proposed[name], byId),
  ]);
  const closed = view.milestones.recorded.closedAt;
  rows.push(['Closed', instantCell(closed), '—', '—', '—', 'set by people, never proposed']);
  const headings = ['Milestone', 'Recorded (UTC)', 'Decision', 'Proposed (UTC)', 'Set by entry'];
  return table([...headings, 'Why'], rows);
}

function renderSuspects(view: TimelineView, byId: ReadonlyMap<string, TimelineEntry>): string {
  if (view.suspects.length === 0) return 'No deploys or changes found before impact start.';
  const rows = view.suspects.map((suspect, index) => [
    String(index + 1),
    entryTimeCell(suspect.entryId, suspect.at, byId),
    markdownCell(suspect.category),
    markdownCell(suspect.title),
    markdownCell(suspect.service),
    suspect.score.toFixed(3),
    markdownCell(suspect.reasons.join('; ')),
    markdownCell(suspect.entryId),
  ]);
  const headings = ['Rank', 'Time (UTC)', 'Category', 'Change', 'Service', 'Score', 'Why', 'Entry'];
  return table(headings, rows);
}

function renderGaps(view: TimelineView): string {
  if (view.gaps.length === 0) return 'No steady source went silent during the incident.';
  const rows = view.gaps.map((gap) => [
    markdownCell(gap.source),
    markdownCell(gap.service),
    formatSpan(gap.expectedEverySeconds * 1000),
    instantCell(gap.lastSeenAt),
    formatSpan(gap.silentSeconds * 1000),
    gap.resumedAt === null ? 'not again' : instantCell(gap.resumedAt),
  ]);
  const headings = [
    'Source',
    'Service',
    'Expected every',
    'Last seen (UTC)',
    'Silent for',
    'Resumed',
  ];
  return table(headings, rows);
}

/**
 * Renders a timeline view as Markdown (what `aftermath timeline KEY --md` prints): the entries as
 * a table in time order at their source's precision, the milestones recorded and proposed with
 * the entry that set each, why, and whether a person accepted or overrode it, the suspect changes ranked with their reasons, and the
 * telemetry gaps. Times whose zone was assumed carry `⚠ zone assumed` and a note explains it.
 *
 * @example
 * buildTimelineMarkdown(view).split('\n')[0]; // '# Timeline of INC-42'
 */
export function buildTimelineMarkdown(
  view: TimelineView,
  options: TimelineMarkdownOptions = {},
): string {
  const key = view.entries[0]?.incidentKey;
  const title = options.title ?? (key ? `Timeline of ${key}` : 'Timeline');
  const entries = [...view.entries].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const sections = [
    `# ${markdownCell(title)}`,
    `## Entries\n\n${renderEntries(entries)}`,
    `## Milestones\n\n${renderMilestones(view, byId)}`,
    `## Suspect changes\n\n${renderSuspects(view, byId)}`,
    `## Telemetry gaps\n\n${renderGaps(view)}`,
  ];
  return `${sections.join('\n\n')}\n`;
}
