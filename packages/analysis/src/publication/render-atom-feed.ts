import { renderExecutiveSummary } from './executive-summary';
import { publicFeedName, publicPageName, type PublicListingEntry } from './public-listing';

/** Escapes XML text and attribute values, and drops characters XML 1.0 cannot carry at all. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * An Atom 1.0 feed (RFC 4287) of published postmortems: one entry per postmortem with its public
 * page as link and id, first publication as `published`, last change as `updated`, and the
 * executive summary as plain-text `summary`. `baseUrl` is the absolute URL of the public folder
 * (ending in `/`); `updated` of the feed is the newest entry's, or `now` when there is none.
 *
 * @example
 * renderAtomFeed({ title: 'Postmortems', baseUrl: 'https://status.example/public/', now }, entries);
 */
export function renderAtomFeed(
  feed: { title: string; baseUrl: string; now: string },
  entries: readonly PublicListingEntry[],
): string {
  const updated = entries.reduce((max, e) => (e.updatedAt > max ? e.updatedAt : max), '');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<title>${escapeXml(feed.title)}</title>`,
    `<id>${escapeXml(feed.baseUrl)}</id>`,
    `<updated>${escapeXml(updated || feed.now)}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feed.baseUrl + publicFeedName)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.baseUrl)}"/>`,
    '<author><name>Aftermath</name></author>',
    '<generator>Aftermath</generator>',
  ];
  for (const entry of entries) {
    const url = feed.baseUrl + publicPageName(entry.key);
    lines.push(
      '<entry>',
      `<title>${escapeXml(`${entry.key}: ${entry.title}`)}</title>`,
      `<id>${escapeXml(url)}</id>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `<published>${escapeXml(entry.publishedAt)}</published>`,
      `<updated>${escapeXml(entry.updatedAt)}</updated>`,
      `<category term="${escapeXml(entry.severity)}"/>`,
      `<summary type="text">${escapeXml(renderExecutiveSummary(entry.summary))}</summary>`,
      '</entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
