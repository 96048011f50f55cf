/**
 * Quoted text, code and URLs are exempt from the blameless rules: a quote records what someone said or
 * wrote (changing it would falsify the record), and code is not prose. Masking replaces every
 * exempt character with a space, so offsets in the masked text are offsets in the original.
 */

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const BLOCKQUOTE = /^ {0,3}>/;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
// Bounded, so many unclosed backticks or quotes cannot make the scan quadratic.
const INLINE_CODE = /(`+)[^`\n][\s\S]{0,2000}?\1(?!`)/g;
const STRAIGHT_QUOTE = /"[^"\n]+"/g;
// Addresses are not prose: "…/human-error-caused-…" in a link names a page, it blames no one.
const URL = /\b[a-z][a-z0-9+.-]{0,15}:\/\/[^\s<>)\]]+|\]\([^)\s]*\)/gi;
const ANY_EXEMPT = /[`~>"“<]|:\/\/|\]\(/;

/** The text with fenced and inline code, blockquotes, HTML comments and quotations blanked out. */
export function maskExemptText(text: string): string {
  if (!ANY_EXEMPT.test(text)) return text;
  let masked = blankRanges(text, blockRanges(text));
  for (const pattern of [HTML_COMMENT, INLINE_CODE, URL, STRAIGHT_QUOTE]) {
    // Each pass runs over the text masked so far, so a quote inside code is not matched again.
    const ranges: [number, number][] = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(masked); match; match = pattern.exec(masked)) {
      ranges.push([match.index, match.index + match[0].length]);
      if (match[0].length === 0) pattern.lastIndex += 1;
    }
    if (ranges.length > 0) masked = blankRanges(masked, ranges);
  }
  const quotes = curlyQuoteRanges(masked);
  return quotes.length > 0 ? blankRanges(masked, quotes) : masked;
}

const PARAGRAPH_BREAK = /\n[ \t]*\n/g;

/**
 * “Curly quotations”, which may wrap inside a paragraph but never cross a blank line. One pass:
 * an opening quote pairs with the next closing one when no paragraph break comes first.
 */
function curlyQuoteRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  // Both searches only move forward, so the whole pass stays linear.
  let close = -1;
  let paragraphEnd = -1;
  let open = text.indexOf('“');
  while (open >= 0) {
    if (close <= open) close = text.indexOf('”', open + 1);
    if (close < 0) break;
    if (paragraphEnd <= open) {
      PARAGRAPH_BREAK.lastIndex = open;
      paragraphEnd = PARAGRAPH_BREAK.exec(text)?.index ?? text.length;
    }
    if (close < paragraphEnd) {
      ranges.push([open, close + 1]);
      open = text.indexOf('“', close + 1);
    } else {
      open = text.indexOf('“', paragraphEnd);
    }
  }
  return ranges;
}

/** Fenced code blocks (fences included) and blockquote lines, as offset ranges. */
function blockRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let offset = 0;
  let fence: string | null = null;
  for (const line of text.split('\n')) {
    const end = offset + line.length;
    const opener = FENCE_OPEN.exec(line)?.[1];
    if (fence !== null) {
      ranges.push([offset, end]);
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length) {
        fence = null;
      }
    } else if (opener !== undefined) {
      fence = opener;
      ranges.push([offset, end]);
    } else if (BLOCKQUOTE.test(line)) {
      ranges.push([offset, end]);
    }
    offset = end + 1;
  }
  return ranges;
}

/** `text` with each range (sorted, not overlapping) replaced by spaces, line breaks kept. */
function blankRanges(text: string, ranges: readonly [number, number][]): string {
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(at, start), text.slice(start, end).replace(/[^\r\n]/g, ' '));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
