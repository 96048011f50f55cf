import MarkdownIt from 'markdown-it';

// The same parser settings as the web app (apps/web/src/lib/markdown.ts): raw HTML in the source
// is escaped, never passed through, and markdown-it's link validation drops javascript:, vbscript:,
// file: and non-image data: URLs. The page itself forbids scripts with its Content-Security-Policy,
// so even a parser bug could not run code.
const parser = new MarkdownIt({ html: false, linkify: true, breaks: false });

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The policy a standalone page carries in a meta tag, and the server sends as a header with the
 * public pages: nothing may run, load or submit; only the page's own inline style applies.
 */
export const pageContentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; base-uri 'none'; form-action 'none'";

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1b1b1f}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
pre{overflow:auto;background:#f4f4f6;padding:.5rem}code{font-family:ui-monospace,monospace}`;

/** A `<link>` in the page head, e.g. the Atom feed as `alternate`. */
export interface HeadLink {
  rel: string;
  type: string;
  href: string;
  title: string;
}

/**
 * A standalone HTML page (no scripts, no external resources) around `bodyHtml`, which the caller
 * built from escaped or sanitized parts. The page's own Content-Security-Policy forbids scripts.
 *
 * @example
 * renderHtmlShell('Postmortems', '<h1>Postmortems</h1>');
 */
export function renderHtmlShell(title: string, bodyHtml: string, links: HeadLink[] = []): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${pageContentSecurityPolicy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    ...links.map(
      (l) =>
        `<link rel="${escapeHtml(l.rel)}" type="${escapeHtml(l.type)}" href="${escapeHtml(l.href)}" title="${escapeHtml(l.title)}">`,
    ),
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    bodyHtml.trimEnd(),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A standalone HTML page (no scripts, no external resources) with `markdown` rendered safely.
 *
 * @example
 * renderHtmlPage('INC-7: Checkout errors', '# INC-7\n\n<script>alert(1)</script>');
 * // '<!doctype html>…<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>…'
 */
export function renderHtmlPage(title: string, markdown: string): string {
  return renderHtmlShell(title, parser.render(markdown));
}

/** Renders Markdown to sanitized HTML with the page's parser settings (no raw HTML passes). */
export function renderSafeMarkdown(markdown: string): string {
  return parser.render(markdown);
}
