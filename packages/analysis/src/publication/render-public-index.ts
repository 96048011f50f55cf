import { publicFeedName, publicPageName, type PublicListingEntry } from './public-listing';
import { escapeHtml, renderHtmlShell } from './render-html-page';

/**
 * The public index page: every published postmortem, newest first as given, with its date,
 * severity and the impact line of its executive summary, linking to each page and to the Atom
 * feed. Links are relative, so the pages work from any folder or web server.
 *
 * @example
 * renderPublicIndex('Acme status history', entries); // '<!doctype html>…<a href="INC-7.html">…'
 */
export function renderPublicIndex(title: string, entries: readonly PublicListingEntry[]): string {
  const items = entries.map((entry) =>
    [
      '<li>',
      `<h2><a href="${escapeHtml(publicPageName(entry.key))}">${escapeHtml(`${entry.key}: ${entry.title}`)}</a></h2>`,
      `<p><time datetime="${escapeHtml(entry.publishedAt)}">${escapeHtml(entry.publishedAt.slice(0, 10))}</time> · ${escapeHtml(entry.severity)}</p>`,
      `<p>${escapeHtml(entry.summary.impact)}</p>`,
      '</li>',
    ].join('\n'),
  );
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p><a href="${publicFeedName}">Atom feed</a></p>`,
    entries.length === 0
      ? '<p>No postmortems have been published yet.</p>'
      : `<ol class="postmortems">\n${items.join('\n')}\n</ol>`,
  ].join('\n');
  return renderHtmlShell(title, body, [
    { rel: 'alternate', type: 'application/atom+xml', href: publicFeedName, title },
  ]);
}
