import type { PostmortemSectionName } from '@aftermath/domain';
import { postmortemSectionTitles } from '@aftermath/domain';
import { useId, type DragEvent } from 'react';
import { LazyMarkdownPreview } from '../../../ui/lazy-markdown';
import { LanguageFindings } from './language-findings';
import { isContested, type SectionDraft } from './section-drafts';
import { useLanguageLint } from './use-language-lint';

/**
 * One postmortem section: Markdown on the left, the sanitized preview on the right. When someone
 * else saved this section meanwhile, their text is shown beside the person's own.
 */
export function SectionEditor({
  name,
  saved,
  draft,
  showLatest,
  onChange,
  onUseSaved,
  onKeepMine,
  inputRef,
  onFocus,
  onDrop,
}: {
  name: PostmortemSectionName;
  saved: string;
  draft: SectionDraft | undefined;
  /** True once the person asked to see the latest saved version after a conflict. */
  showLatest: boolean;
  onChange: (text: string) => void;
  onUseSaved: () => void;
  onKeepMine: () => void;
  /** The textarea, for putting a citation at its cursor. */
  inputRef?: (element: HTMLTextAreaElement | null) => void;
  onFocus?: () => void;
  onDrop?: (event: DragEvent<HTMLTextAreaElement>) => void;
}) {
  const id = useId();
  const title = postmortemSectionTitles[name];
  const text = draft?.text ?? saved;
  const changed = draft !== undefined && draft.text !== saved;
  const contested = showLatest && isContested(draft, saved);
  const lint = useLanguageLint(text);
  return (
    <section className={`pm-section${changed ? ' is-changed' : ''}`} aria-labelledby={`${id}-h`}>
      <div className="pm-section-header">
        <h3 id={`${id}-h`}>
          <label htmlFor={id}>{title}</label>
        </h3>
        {changed && <span className="unsaved-tag">Unsaved</span>}
      </div>
      <div className="pm-section-body">
        <textarea
          id={id}
          className="markdown-input"
          value={text}
          spellCheck
          placeholder={`Write the ${title.toLowerCase()} in Markdown…`}
          onChange={(event) => onChange(event.target.value)}
          ref={inputRef}
          onFocus={onFocus}
          onDrop={onDrop}
        />
        <LazyMarkdownPreview source={text} label={`${title} preview`} />
      </div>
      <LanguageFindings lint={lint} title={title} />
      {contested && (
        <div className="latest-saved" role="region" aria-label={`Latest saved ${title}`}>
          <p>
            <strong>Latest saved version</strong> (written by someone else while you edited):
          </p>
          <pre className="latest-text">{saved === '' ? '(empty)' : saved}</pre>
          <div className="button-row">
            <button type="button" onClick={onKeepMine}>
              Keep mine
            </button>
            <button type="button" onClick={onUseSaved}>
              Use the saved version
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
