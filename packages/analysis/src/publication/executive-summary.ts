import type { PostmortemSectionName } from '@aftermath/domain';
import type { PublicDocument } from './public-document';
import { markdownToPlainText } from './plain-text';

/**
 * A postmortem in three plain paragraphs for stakeholders who will not read the document: what
 * customers felt, why it happened and what the team is doing about it. Every sentence comes from
 * the public document (already redacted), never invented.
 *
 * @example
 * // { impact: 'Checkout failed for 12 % of requests. About 4,200 users were affected. Impact lasted 47 min.',
 * //   cause: 'A configuration push removed the payment host.', response: '3 follow-up actions: …' }
 */
export interface ExecutiveSummary {
  impact: string;
  cause: string;
  response: string;
}

/** At most this many sentences are taken from a section. */
const SENTENCES = 2;

function firstSentences(text: string, count = SENTENCES): string {
  const plain = markdownToPlainText(text);
  const sentences = plain.match(/[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g) ?? [];
  return sentences
    .slice(0, count)
    .map((s) => s.trim())
    .join(' ');
}

function section(doc: PublicDocument, ...names: PostmortemSectionName[]): string {
  for (const name of names) {
    const text = doc.sections.find((s) => s.name === name)?.text ?? '';
    const sentences = firstSentences(text);
    if (sentences !== '') return sentences;
  }
  return '';
}

/** "47 min", "3 h 5 min", "2 d 4 h": the coarse length of an interval in milliseconds. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

function impactOf(doc: PublicDocument): string {
  const parts: string[] = [];
  const described =
    firstSentences(doc.customerImpact.description) || section(doc, 'impact', 'summary');
  parts.push(described || `${doc.title} (${doc.severity}).`);
  const { usersAffected, requestsAffected } = doc.customerImpact;
  if (usersAffected !== null)
    parts.push(`About ${usersAffected.toLocaleString('en-US')} users were affected.`);
  else if (requestsAffected !== null) {
    parts.push(`About ${requestsAffected.toLocaleString('en-US')} requests were affected.`);
  }
  const start = doc.milestones.impactStartedAt ?? doc.milestones.detectedAt;
  const end = doc.milestones.mitigatedAt ?? doc.milestones.resolvedAt;
  if (start !== null && end !== null && Date.parse(end) > Date.parse(start)) {
    parts.push(`Impact lasted ${formatDuration(Date.parse(end) - Date.parse(start))}.`);
  }
  return parts.join(' ');
}

function responseOf(doc: PublicDocument): string {
  const resolution = section(doc, 'resolution');
  if (doc.actions.length === 0) {
    return resolution || 'Follow-up actions have not been decided yet.';
  }
  const finished = doc.actions.filter((a) => a.status === 'done' || a.status === 'verified');
  const count = doc.actions.length;
  const head = `${count} follow-up action${count === 1 ? '' : 's'}, ${finished.length} finished`;
  const named = doc.actions
    .filter((a) => a.status !== 'wont_do')
    .slice(0, 3)
    .map((a) => markdownToPlainText(a.title).replace(/[.!?]+$/, ''));
  const list = named.length > 0 ? `: ${named.join('; ')}.` : '.';
  return [resolution, `${head}${list}`].filter((s) => s !== '').join(' ');
}

/**
 * The executive summary of a public document (see {@link ExecutiveSummary}): impact from the
 * customer-impact text (or the impact or summary section) with users affected and how long it
 * lasted; cause from the trigger and root-cause sections; response from the resolution and the
 * follow-up actions. Empty sections give a plain "not known yet" sentence, never an empty one.
 */
export function summarizeForExecutives(doc: PublicDocument): ExecutiveSummary {
  const trigger = section(doc, 'trigger');
  const root = firstSentences(doc.sections.find((s) => s.name === 'rootCauses')?.text ?? '', 1);
  const cause =
    [trigger, root].filter((s) => s !== '').join(' ') ||
    section(doc, 'summary') ||
    'The cause is still being analysed.';
  return { impact: impactOf(doc), cause, response: responseOf(doc) };
}

/**
 * The summary as three labelled plain-text paragraphs, for notifications and e-mail.
 *
 * @example
 * renderExecutiveSummary(summary); // 'Impact: …\n\nCause: …\n\nWhat we are doing: …'
 */
export function renderExecutiveSummary(summary: ExecutiveSummary): string {
  return [
    `Impact: ${summary.impact}`,
    `Cause: ${summary.cause}`,
    `What we are doing: ${summary.response}`,
  ].join('\n\n');
}
