/**
 * Quoted text and code are exempt from the blameless rules: a quote records what someone said or
 * wrote (changing it would falsify the record), and code is not prose. Masking replaces every
 * exempt character with a space, so offsets in the masked text are offsets in the original.
 */

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const BLOCKQUOTE = /^ {0,3}>/;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const INLINE_CODE = /(`+)[^`\n][\s\S]*?\1(?!`)/g;
const STRAIGHT_QUOTE = /"[^"\n]+"/g;
// Curly quotes may wrap inside a paragraph, never across a blank line.
const CURLY_QUOTE = /“(?:[^”\n]|\n(?![ \t]*\n))*”/g;
const ANY_EXEMPT = /[`~>"“<]/;

/** The text with fenced and inline code, blockquotes, HTML comments and quotations blanked out. */
export function maskExemptText(text: string): string {
  if (!ANY_EXEMPT.test(text)) return text;
  const chars = text.split('');
  maskBlocks(text, chars);
  for (const pattern of [HTML_COMMENT, INLINE_CODE, STRAIGHT_QUOTE, CURLY_QUOTE]) {
    // Run over the partly masked text so a quote inside code is not matched again.
    const current = chars.join('');
    pattern.lastIndex = 0;
    for (let match = pattern.exec(current); match; match = pattern.exec(current)) {
      blank(chars, match.index, match.index + match[0].length);
      if (match[0].length === 0) pattern.lastIndex += 1;
    }
  }
  return chars.join('');
}

/** Blanks fenced code blocks (fences included) and blockquote lines. */
function maskBlocks(text: string, chars: string[]): void {
  let offset = 0;
  let fence: string | null = null;
  for (const line of text.split('\n')) {
    const end = offset + line.length;
    const opener = FENCE_OPEN.exec(line)?.[1];
    if (fence !== null) {
      blank(chars, offset, end);
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length) {
        fence = null;
      }
    } else if (opener !== undefined) {
      fence = opener;
      blank(chars, offset, end);
    } else if (BLOCKQUOTE.test(line)) {
      blank(chars, offset, end);
    }
    offset = end + 1;
  }
}

function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i += 1) {
    if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  }
}
