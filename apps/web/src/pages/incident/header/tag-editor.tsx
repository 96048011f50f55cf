import type { Incident } from '@aftermath/domain';
import { useRef, useState, type KeyboardEvent } from 'react';
import { api, describeError } from '../../../api/client';
import { Link } from '../../../router/router';
import { paths } from '../../../router/routes';
import '../../../ui/tag-chips.css';

/**
 * The incident's tags as chips: a chip lists the incidents with that tag; Enter in the field adds
 * what was typed (several at once, separated by commas or spaces), × or Backspace in the empty
 * field removes one. Tag changes need no version: the server merges concurrent ones.
 */
export function TagEditor({
  incident,
  onChanged,
}: {
  incident: Incident;
  onChanged: (updated: Incident) => unknown;
}) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const change = async (add: string[], remove: string[]) => {
    if (busy) return;
    setBusy(true);
    try {
      const { data } = await api.call('changeIncidentTags', {
        params: { key: incident.key },
        body: { add, remove },
      });
      setError(null);
      setDraft('');
      await onChanged(data);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      const add = draft.split(/[\s,]+/).filter((tag) => tag !== '');
      if (add.length > 0) void change(add, []);
    } else if (event.key === 'Backspace' && draft === '') {
      const last = incident.tags.at(-1);
      if (last !== undefined) void change([], [last]);
    }
  };

  return (
    <div className="tag-editor">
      <ul className="chips" aria-label="Tags">
        {incident.tags.map((tag) => (
          <li key={tag} className="tag-editor-chip">
            <Link to={paths.incidents(new URLSearchParams({ tag }))} className="chip tag-chip">
              #{tag}
            </Link>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove tag ${tag}`}
              onClick={() => {
                // The chip goes away: keep keyboard focus in the editor instead of losing it.
                input.current?.focus();
                void change([], [tag]);
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        className="tag-input"
        aria-label="Add a tag"
        aria-describedby={error ? `tag-error-${incident.key}` : undefined}
        aria-invalid={error !== null}
        placeholder="add tag, Enter"
        ref={input}
        value={draft}
        onChange={(event) => setDraft(event.target.value.toLowerCase())}
        onKeyDown={onKeyDown}
      />
      {error && (
        <p className="field-error" id={`tag-error-${incident.key}`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
