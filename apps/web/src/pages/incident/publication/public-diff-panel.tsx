import { postmortemSectionTitles, type PostmortemSectionName } from '@aftermath/domain';
import { useState } from 'react';
import { api, isNotFound } from '../../../api/client';
import { useResource } from '../../../api/use-resource';
import { LoadFailed, Loading } from '../../../ui/states';
import { MarkedInternalText, MarkedPublicText } from './redaction-marks';

async function loadBoth(key: string) {
  try {
    const [internal, publicVersion, timeline] = await Promise.all([
      api.call('getPostmortem', { params: { key } }),
      api.call('getPublicPostmortem', { params: { key } }),
      api.call('listTimeline', { params: { key } }),
    ]);
    return { internal: internal.data, public: publicVersion.data, timeline: timeline.data.items };
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

function DiffBody({ incidentKey }: { incidentKey: string }) {
  const { resource, retry } = useResource(incidentKey, () => loadBoth(incidentKey));
  if (resource.state === 'loading') return <Loading what="the public version" />;
  if (resource.state === 'failed') {
    return <LoadFailed what="the public version" error={resource.error} onRetry={retry} />;
  }
  if (resource.value === null) return <p className="empty-inline">No postmortem yet.</p>;
  const { internal, public: version, timeline } = resource.value;
  // Redactions name timeline entries by their index in the internal timeline (time order).
  const publishedTimeline = timeline
    .map((entry, index) => ({ entry, index }))
    .filter(({ index }) => redactions.some((r) => r.field === `timeline.${index}.title`));
  const { omitted, redactions, document } = version;
  return (
    <div className="public-diff">
      <p className="small">
        {redactions.length} span(s) redacted ·{' '}
        {omitted.sections.length > 0
          ? `internal-only sections removed: ${omitted.sections.map((s) => postmortemSectionTitles[s]).join(', ')}`
          : 'no internal-only section has text'}{' '}
        · {omitted.timelineEntries} timeline entr{omitted.timelineEntries === 1 ? 'y' : 'ies'} not
        published · never published: {omitted.fields.join(', ')}
      </p>
      {omitted.sections.map((name: PostmortemSectionName) => (
        <div key={name} className="public-diff-row removed">
          <h3>{postmortemSectionTitles[name]}</h3>
          <MarkedInternalText text={internal.sections[name]} spans={[]} />
          <p className="muted small">Removed: internal only.</p>
        </div>
      ))}
      {document.sections.map((section) => (
        <div key={section.name} className="public-diff-row">
          <h3>{section.title}</h3>
          <div className="public-diff-columns">
            <div>
              <p className="muted small">Internal</p>
              <MarkedInternalText
                text={internal.sections[section.name]}
                spans={redactions.filter((r) => r.field === `sections.${section.name}`)}
              />
            </div>
            <div>
              <p className="muted small">Public</p>
              <MarkedPublicText text={section.text} />
            </div>
          </div>
        </div>
      ))}
      {publishedTimeline.length > 0 && (
        <div className="public-diff-row">
          <h3>Timeline titles with redactions</h3>
          {publishedTimeline.map(({ entry, index }) => (
            <MarkedInternalText
              key={entry.id}
              text={entry.title}
              spans={redactions.filter((r) => r.field === `timeline.${index}.title`)}
            />
          ))}
        </div>
      )}
    </div>
  );
}

/** "Internal vs public": what the public version removes and redacts, section by section. */
export function PublicDiffPanel({ incidentKey }: { incidentKey: string }) {
  const [open, setOpen] = useState(false);
  return (
    <section id="public-version" className="card" aria-labelledby="public-version-title">
      <div className="card-header">
        <h2 id="public-version-title">Internal vs public</h2>
        <p className="muted small">
          What leaves Aftermath: internal-only sections and people removed, secrets and PII
          redacted.
        </p>
      </div>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide the public version' : 'Compare with the public version'}
      </button>
      {open && <DiffBody incidentKey={incidentKey} />}
    </section>
  );
}
