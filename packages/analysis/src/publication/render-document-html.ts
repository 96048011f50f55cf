import type { PostmortemDocument } from '@aftermath/domain';
import { renderPostmortemMarkdown } from '../postmortem-format';
import type { PublicDocument } from './public-document';
import {
  escapeHtml,
  renderHtmlPage,
  renderHtmlShell,
  renderSafeMarkdown,
} from './render-html-page';
import { summarizeForExecutives } from './executive-summary';
import { renderPublicMarkdown } from './render-public-markdown';

/**
 * The internal postmortem as a standalone, sanitized HTML page: the Aftermath Markdown body (every
 * section, the timeline and action tables) with the incident's facts in place of the YAML front
 * matter.
 *
 * @example
 * renderPostmortemHtml(doc); // '<!doctype html>…<h1>INC-7: Checkout errors</h1>…'
 */
export function renderPostmortemHtml(doc: PostmortemDocument): string {
  const markdown = renderPostmortemMarkdown(doc);
  // The front matter ends at the first `---` line after the opening one; YAML cannot hold a
  // column-0 `---` inside a value, so this is the real end.
  const body = markdown.slice(markdown.indexOf('\n---\n', 3) + 5).trimStart();
  const [heading = '', ...rest] = body.split('\n');
  const { incident: i } = doc;
  const facts = [
    `- Severity: ${i.severity} · Status: ${i.status} · Type: ${i.type}`,
    `- Services: ${i.services.join(', ') || '—'}`,
    `- Commander: ${i.commander ?? '—'} · Postmortem owner: ${doc.postmortem?.owner ?? '—'}`,
    ...(i.recurrenceOf !== null ? [`- Recurrence of ${i.recurrenceOf}`] : []),
  ];
  return renderHtmlPage(`${i.key}: ${i.title}`, [heading, '', ...facts, ...rest].join('\n'));
}

/**
 * The public version as a standalone, sanitized HTML page (see {@link renderPublicMarkdown}), with
 * the executive summary ("In brief") under the title. `aftermath export --public --format html`
 * and the server's `/public/` pages use this one rendering.
 *
 * @example
 * renderPublicHtml(buildPublicVersion(doc, settings, { names }).document);
 */
export function renderPublicHtml(doc: PublicDocument): string {
  const [heading = '', ...rest] = renderPublicMarkdown(doc).split('\n');
  const summary = summarizeForExecutives(doc);
  const brief = [
    '<section class="in-brief">',
    '<h2>In brief</h2>',
    `<p><strong>Impact:</strong> ${escapeHtml(summary.impact)}</p>`,
    `<p><strong>Cause:</strong> ${escapeHtml(summary.cause)}</p>`,
    `<p><strong>What we are doing:</strong> ${escapeHtml(summary.response)}</p>`,
    '</section>',
  ].join('\n');
  const body = [renderSafeMarkdown(heading), brief, renderSafeMarkdown(rest.join('\n'))];
  return renderHtmlShell(`${doc.key}: ${doc.title}`, body.join('\n'));
}
