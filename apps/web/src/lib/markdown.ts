import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';

// Raw HTML is off in the parser and DOMPurify runs anyway: a postmortem is shared widely and
// must never carry script, whatever a section contains.
const parser = new MarkdownIt({ html: false, linkify: true, breaks: false });

/** Markdown as sanitized HTML, safe to put into the page. */
export function renderMarkdown(source: string): string {
  return DOMPurify.sanitize(parser.render(source), { USE_PROFILES: { html: true } });
}
