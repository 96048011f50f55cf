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

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1b1b1f}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
pre{overflow:auto;background:#f4f4f6;padding:.5rem}code{font-family:ui-monospace,monospace}`;

/**
 * A standalone HTML page (no scripts, no external resources) with `markdown` rendered safely.
 *
 * @example
 * renderHtmlPage('INC-7: Checkout errors', '# INC-7\n\n<script>alert(1)</script>');
 * // '<!doctype html>…<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>…'
 */
export function renderHtmlPage(title: string, markdown: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src https: data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    parser.render(markdown).trimEnd(),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
