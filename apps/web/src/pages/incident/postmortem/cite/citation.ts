/**
 * A citation of a timeline entry in a section's Markdown: `[T3](#entry-<id>)`. The label is the
 * entry's `T<n>`, its row in the timeline table of the exported document (time order, as RCA
 * citations are written); the link target is the entry's anchor on the incident page, so the
 * preview links to the entry and the citation still points at it if entries are added later.
 */
export function formatCitation(position: number, entryId: string): string {
  return `[T${position + 1}](#entry-${entryId})`;
}

/** The drag data type that marks a citation dragged from the timeline beside the editor. */
export const citationDragType = 'application/x-aftermath-citation';

/**
 * `text` with `citation` put in place of the characters `start`–`end` (the selection), with a
 * space on either side when a word would otherwise run into it; `caret` is just after it.
 */
export function insertCitation(
  text: string,
  start: number,
  end: number,
  citation: string,
): { text: string; caret: number } {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lead = before === '' || /\s$/.test(before) ? '' : ' ';
  const trail = after === '' || /^[\s.,;:!?)]/.test(after) ? '' : ' ';
  const inserted = `${lead}${citation}${trail}`;
  return { text: `${before}${inserted}${after}`, caret: before.length + inserted.length };
}

/**
 * Where in `textarea` a drop at (`x`, `y`) lands: the character offset under the pointer where
 * the browser can tell (`caretPositionFromPoint` answers the text control itself), else the end.
 */
export function dropOffset(textarea: HTMLTextAreaElement, x: number, y: number): number {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  const position = doc.caretPositionFromPoint ? doc.caretPositionFromPoint(x, y) : null;
  return position?.offsetNode === textarea ? position.offset : textarea.value.length;
}
