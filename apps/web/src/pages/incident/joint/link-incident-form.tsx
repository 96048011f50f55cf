import { useEffect, useState, type FormEvent } from 'react';
import { describeError } from '../../../api/client';
import { Notice } from '../../../ui/states';
import { suggestIncidents } from './use-joint-postmortem';

type Suggestion = Awaited<ReturnType<typeof suggestIncidents>>[number];

/** Suggestions for what was typed, looked up after a short pause so typing stays quick. */
function useSuggestions(text: string, exclude: readonly string[]): Suggestion[] {
  const [found, setFound] = useState<Suggestion[]>([]);
  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed.length < 2) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      suggestIncidents(trimmed)
        .then((items) => {
          if (current) setFound(items);
        })
        .catch(() => {
          if (current) setFound([]);
        });
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);
  return found.filter((incident) => !exclude.includes(incident.key));
}

/** Adds an incident to the joint postmortem by key, with key and title suggestions. */
export function LinkIncidentForm({
  exclude,
  onLink,
}: {
  exclude: readonly string[];
  onLink: (key: string) => Promise<void>;
}) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const suggestions = useSuggestions(text, exclude);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const key = text.trim().split(/\s/)[0]?.toUpperCase() ?? '';
    setBusy(true);
    setError(null);
    try {
      await onLink(key);
      setText('');
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="joint-link-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor="joint-link-key">Link an incident</label>
      <input
        id="joint-link-key"
        list="joint-link-suggestions"
        placeholder="INC-12 or words from its title"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <datalist id="joint-link-suggestions">
        {suggestions.map((incident) => (
          <option key={incident.key} value={incident.key}>
            {incident.title}
          </option>
        ))}
      </datalist>
      <button type="submit" disabled={busy || text.trim() === ''}>
        {busy ? 'Linking…' : 'Link'}
      </button>
      {error && <Notice tone="error">{error}</Notice>}
    </form>
  );
}
