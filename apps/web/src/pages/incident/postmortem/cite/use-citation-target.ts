import type { PostmortemSectionName } from '@aftermath/domain';
import { useCallback, useRef, useState, type DragEvent } from 'react';
import { citationDragType, dropOffset, insertCitation } from './citation';

/**
 * Where a Cite button puts its citation: the section last focused (the summary until then), at
 * its cursor or in place of its selection. Focus goes back to the text after the citation.
 */
export function useCitationTarget(
  textOf: (name: PostmortemSectionName) => string,
  edit: (name: PostmortemSectionName, text: string) => void,
) {
  const inputs = useRef(new Map<PostmortemSectionName, HTMLTextAreaElement>());
  const [target, setTarget] = useState<PostmortemSectionName>('summary');

  const inputRef = useCallback(
    (name: PostmortemSectionName) => (element: HTMLTextAreaElement | null) => {
      if (element) inputs.current.set(name, element);
      else inputs.current.delete(name);
    },
    [],
  );

  const cite = (citation: string) => {
    const input = inputs.current.get(target);
    const text = textOf(target);
    const start = input?.selectionStart ?? text.length;
    const end = input?.selectionEnd ?? start;
    const next = insertCitation(text, start, end, citation);
    edit(target, next.text);
    requestAnimationFrame(() => {
      input?.focus();
      input?.setSelectionRange(next.caret, next.caret);
    });
  };

  /** A citation dragged from the timeline lands where it is dropped, in that section. */
  const dropOn = (name: PostmortemSectionName) => (event: DragEvent<HTMLTextAreaElement>) => {
    const citation = event.dataTransfer.getData(citationDragType);
    if (citation === '') return;
    event.preventDefault();
    const offset = dropOffset(event.currentTarget, event.clientX, event.clientY);
    const next = insertCitation(textOf(name), offset, offset, citation);
    edit(name, next.text);
    setTarget(name);
  };

  return { target, setTarget, inputRef, cite, dropOn };
}
