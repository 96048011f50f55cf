import { useDeferredValue, useMemo } from 'react';
import { renderMarkdown } from '../lib/markdown';

/** Sanitized rendering of Markdown; loaded on demand so the first page stays small. */
export default function MarkdownPreview({ source, label }: { source: string; label: string }) {
  const deferred = useDeferredValue(source);
  const html = useMemo(() => renderMarkdown(deferred), [deferred]);
  if (deferred.trim() === '') {
    return (
      <div className="markdown-preview empty" role="group" aria-label={label}>
        Nothing written yet.
      </div>
    );
  }
  return (
    <div
      className="markdown-preview"
      role="group"
      aria-label={label}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
