import type { NumberedLine } from './split-front-matter';
import { isBlankText } from './table-cell';

/**
 * Section text is written as it is, with two exceptions that keep it exact:
 * - a line that would read as a level-2 heading (`## …`, after up to three spaces) gets a `\`
 *   before its `#`s (`\## …`, which Markdown shows as `## …`); a line that already starts
 *   `\## …` gets one more, so reading removes exactly one;
 * - text whose first or last line is blank (a trailing newline, say) is wrapped in
 *   {@link exactBegin} / {@link exactEnd} comment lines, because readers drop the blank lines
 *   around a section's text.
 */
export const exactBegin = '<!-- aftermath:begin -->';
/** Closes text opened by {@link exactBegin}. */
export const exactEnd = '<!-- aftermath:end -->';

const headingLike = /^( {0,3})(\\*##(?:[ \t]|$))/;
const escapedHeading = /^( {0,3})\\(\\*##(?:[ \t]|$))/;

/** True when a body line is a level-2 heading (a section boundary). */
export function isSectionHeading(text: string): boolean {
  return /^ {0,3}##(?:[ \t]|$)/.test(text);
}

function needsExactMarkers(lines: readonly string[]): boolean {
  const first = lines[0] ?? '';
  const last = lines[lines.length - 1] ?? '';
  return isBlankText(first) || isBlankText(last) || first === exactBegin || last === exactEnd;
}

/** Writes a section's text for the file; the empty text is the empty string. */
export function renderSectionText(text: string): string {
  if (text === '') return '';
  const lines = text.split('\n').map((line) => line.replace(headingLike, '$1\\$2'));
  return (needsExactMarkers(lines) ? [exactBegin, ...lines, exactEnd] : lines).join('\n');
}

/** Reads a section's text from the lines between its heading and the next one. */
export function parseSectionText(lines: readonly NumberedLine[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && isBlankText(lines[start]?.text ?? '')) start += 1;
  while (end > start && isBlankText(lines[end - 1]?.text ?? '')) end -= 1;
  let texts = lines.slice(start, end).map((line) => line.text);
  if (texts.length >= 2 && texts[0] === exactBegin && texts[texts.length - 1] === exactEnd) {
    texts = texts.slice(1, -1);
  }
  return texts.map((text) => text.replace(escapedHeading, '$1$2')).join('\n');
}
