import {
  postmortemSectionNames,
  postmortemSectionTitles,
  type Postmortem,
  type PostmortemSectionName,
  type PostmortemSections,
  type PostmortemStatus,
} from '@aftermath/domain';
import { useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { describeError, isVersionConflict } from '../../../api/client';
import { useConflict } from '../../../api/use-conflict';
import { useUnsavedChangesGuard } from '../../../router/unsaved-changes';
import { ConflictNotice } from '../../../ui/conflict-notice';
import { Notice } from '../../../ui/states';
import { PostmortemTransitions } from './postmortem-transitions';
import { changedSections, withoutSaved, type SectionDrafts } from './section-drafts';
import { CitationTimeline } from './cite/citation-timeline';
import { useCitationTarget } from './cite/use-citation-target';
import { useTimelineDrawer } from './cite/use-timeline-drawer';
import { SectionEditor } from './section-editor';

/** The sections as Markdown with previews; one save sends only the changed ones, with If-Match. */
export function PostmortemEditor({
  postmortem,
  saveSections,
  transition,
  onReload,
  sectionAside,
}: {
  postmortem: Postmortem;
  /** Shown beside each section (its review comments), when given. */
  sectionAside?: (name: PostmortemSectionName) => ReactNode;
  saveSections: (sections: Partial<PostmortemSections>) => Promise<Postmortem>;
  transition: (to: PostmortemStatus) => Promise<void>;
  onReload: () => Promise<void>;
}) {
  const [drafts, setDrafts] = useState<SectionDrafts>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [savedNote, setSavedNote] = useState(false);
  const conflict = useConflict();
  const changed = changedSections(drafts, postmortem.sections);
  const changedCount = Object.keys(changed).length;
  useUnsavedChangesGuard(changedCount > 0);

  const edit = (name: PostmortemSectionName, text: string) => {
    setSavedNote(false);
    setDrafts((current) => ({
      ...current,
      [name]: { text, base: current[name]?.base ?? postmortem.sections[name] },
    }));
  };
  const timeline = useTimelineDrawer();
  const citing = useCitationTarget((name) => drafts[name]?.text ?? postmortem.sections[name], edit);
  const dropDraft = (name: PostmortemSectionName) =>
    setDrafts(({ [name]: _dropped, ...rest }) => rest);
  const rebase = (name: PostmortemSectionName) =>
    setDrafts((current) => {
      const draft = current[name];
      if (!draft) return current;
      return { ...current, [name]: { text: draft.text, base: postmortem.sections[name] } };
    });

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (changedCount === 0 || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const next = await saveSections(changed);
      setDrafts((current) => withoutSaved(current, next.sections));
      conflict.clear();
      setSavedNote(true);
    } catch (error) {
      if (isVersionConflict(error)) conflict.raise();
      else setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  };

  return (
    <form className="pm-editor" onSubmit={(event) => void save(event)} onKeyDown={onKeyDown}>
      <div className="pm-toolbar">
        <PostmortemTransitions
          postmortem={postmortem}
          transition={transition}
          onReload={onReload}
        />
        <button
          type="button"
          className="timeline-toggle"
          aria-expanded={timeline.open}
          aria-controls={timeline.open ? 'pm-cite-timeline' : undefined}
          onClick={timeline.toggle}
        >
          {timeline.open ? 'Hide timeline' : 'Show timeline'}
        </button>
        <div className="pm-save">
          <p className="muted small" role="status">
            {changedCount === 0
              ? savedNote
                ? 'All changes saved.'
                : 'No unsaved changes.'
              : `${changedCount} ${changedCount === 1 ? 'section' : 'sections'} changed, not saved yet.`}
          </p>
          <button
            type="submit"
            className="primary"
            disabled={busy || changedCount === 0}
            aria-keyshortcuts="Control+S"
            title="Save (Ctrl+S)"
          >
            {busy ? 'Saving…' : 'Save postmortem'}
          </button>
        </div>
      </div>
      {conflict.state !== 'none' && (
        <ConflictNotice
          what="this postmortem"
          loaded={conflict.state === 'loaded'}
          onLoadLatest={async () => {
            await onReload();
            conflict.loaded();
          }}
        />
      )}
      {failure && <Notice tone="error">{failure}</Notice>}
      {/* With the timeline open, comments move under their section below very wide screens, so
          the text keeps most of the width (see cite.css). */}
      <div className={`pm-editor-body ${timeline.open ? 'timeline-open' : 'timeline-closed'}`}>
        <div className="pm-sections">
          {postmortemSectionNames.map((name) => (
            <div key={name} className={sectionAside ? 'pm-section-with-comments' : undefined}>
              <SectionEditor
                name={name}
                saved={postmortem.sections[name]}
                draft={drafts[name]}
                showLatest={conflict.state === 'loaded'}
                onChange={(text) => edit(name, text)}
                onUseSaved={() => dropDraft(name)}
                onKeepMine={() => rebase(name)}
                inputRef={citing.inputRef(name)}
                onFocus={() => citing.setTarget(name)}
                onDrop={citing.dropOn(name)}
              />
              {sectionAside?.(name)}
            </div>
          ))}
        </div>
        {timeline.open && (
          <CitationTimeline
            incidentKey={postmortem.incidentKey}
            version={postmortem.version}
            targetTitle={postmortemSectionTitles[citing.target]}
            onCite={citing.cite}
          />
        )}
      </div>
    </form>
  );
}
