import { lazy, Suspense } from 'react';

const MarkdownPreview = lazy(() => import('./markdown-preview'));

/** The Markdown preview, fetched with its parser the first time a postmortem is shown. */
export function LazyMarkdownPreview({ source, label }: { source: string; label: string }) {
  return (
    <Suspense fallback={<div className="markdown-preview empty">Preparing preview…</div>}>
      <MarkdownPreview source={source} label={label} />
    </Suspense>
  );
}
