import {
  incidentType,
  postmortemSectionNames,
  postmortemSectionTitles,
  type IncidentType,
  type PostmortemSectionName,
  type PostmortemTemplates,
} from '@aftermath/domain';
import { useId, useState, type FormEvent } from 'react';
import { api, describeError } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading, Notice } from '../../ui/states';

/** The templates with one section's starting text changed; empty text and empty templates go. */
function withSectionText(
  templates: PostmortemTemplates,
  type: IncidentType,
  section: PostmortemSectionName,
  text: string,
): PostmortemTemplates {
  const sections = { ...templates.byType[type]?.sections, [section]: text };
  if (text === '') delete sections[section];
  const byType = { ...templates.byType, [type]: { sections } };
  if (Object.keys(sections).length === 0) delete byType[type];
  return { byType };
}

/**
 * Postmortem templates: per incident type, the Markdown each section of a new postmortem starts
 * with. Postmortems that already exist keep their text.
 */
export default function PostmortemTemplatesPage() {
  usePageTitle('Postmortem templates');
  const id = useId();
  const { resource, retry, set } = useResource<PostmortemTemplates>(
    'postmortem-templates',
    async () => (await api.call('getPostmortemTemplates', {})).data,
  );
  const [type, setType] = useState<IncidentType>('outage');
  const [draft, setDraft] = useState<PostmortemTemplates | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

  if (resource.state === 'loading') return <Loading what="the postmortem templates" />;
  if (resource.state === 'failed')
    return <LoadFailed what="the postmortem templates" error={resource.error} onRetry={retry} />;
  const templates = draft ?? resource.value;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (draft === null || busy) return;
    setBusy(true);
    try {
      set((await api.call('setPostmortemTemplates', { body: draft })).data);
      setDraft(null);
      setMessage({ tone: 'success', text: 'Templates saved.' });
    } catch (error) {
      setMessage({ tone: 'error', text: describeError(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="page" onSubmit={(event) => void save(event)}>
      <h1>Postmortem templates</h1>
      <p className="muted">
        What each section of a new postmortem starts with, per incident type. Sections left empty
        start empty; an incident type without any text starts from a blank postmortem.
      </p>
      <label htmlFor={`${id}-type`}>Incident type</label>
      <select
        id={`${id}-type`}
        value={type}
        onChange={(event) => setType(incidentType.parse(event.target.value))}
      >
        {incidentType.options.map((option) => (
          <option key={option} value={option}>
            {option}
            {templates.byType[option] ? ' (has a template)' : ''}
          </option>
        ))}
      </select>
      {postmortemSectionNames.map((section) => (
        <div key={section} className="field">
          <label htmlFor={`${id}-${section}`}>{postmortemSectionTitles[section]}</label>
          <textarea
            id={`${id}-${section}`}
            className="markdown-input"
            value={templates.byType[type]?.sections[section] ?? ''}
            onChange={(event) => {
              setMessage(null);
              setDraft(withSectionText(templates, type, section, event.target.value));
            }}
          />
        </div>
      ))}
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy || draft === null}>
          {busy ? 'Saving…' : 'Save templates'}
        </button>
      </div>
    </form>
  );
}
