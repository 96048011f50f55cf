import MarkdownIt from 'markdown-it';

const parser = new MarkdownIt({ html: false, linkify: false });

/**
 * Markdown as plain words on one line: the text of every paragraph, heading, list item and table
 * cell, without markup, link targets, images or code blocks. Raw HTML in the source stays as the
 * literal text it is (the caller escapes for its medium).
 *
 * @example
 * markdownToPlainText('**Checkout** failed, see [the runbook](https://x.example).'); // 'Checkout failed, see the runbook.'
 */
export function markdownToPlainText(markdown: string): string {
  const words: string[] = [];
  for (const token of parser.parse(markdown, {})) {
    if (token.type !== 'inline') continue;
    const parts: string[] = [];
    for (const child of token.children ?? []) {
      if (child.type === 'text' || child.type === 'code_inline') parts.push(child.content);
      else if (child.type === 'softbreak' || child.type === 'hardbreak') parts.push(' ');
    }
    words.push(parts.join(''));
  }
  return words
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => (/[.!?:]$/.test(block) ? block : `${block}.`))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
