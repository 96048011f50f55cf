import { useState, type FormEvent } from 'react';
import { Field } from '../../../ui/field';
import type { Rule } from './webhook-types';

const severities = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;

/**
 * `severity=critical|page, team=payments` as a rule's match: pairs split on commas, several
 * accepted values on `|`. Returns an error text when a pair has no `=`.
 */
export function parseMatch(text: string): Rule['match'] | string {
  const match: Rule['match'] = {};
  for (const pair of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const at = pair.indexOf('=');
    if (at <= 0) return `"${pair}" is not label=value`;
    const values = pair
      .slice(at + 1)
      .split('|')
      .map((value) => value.trim())
      .filter(Boolean);
    if (values.length === 0) return `"${pair}" has no value`;
    match[pair.slice(0, at).trim()] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return match;
}

/** A rule's match as the form writes it. */
export function formatMatch(match: Rule['match']): string {
  const pairs = Object.entries(match).map(
    ([label, value]) => `${label}=${Array.isArray(value) ? value.join('|') : value}`,
  );
  return pairs.length === 0 ? 'every alert' : pairs.join(', ');
}

/** Adds one routing rule; the server's messages about it appear under its fields. */
export function RuleForm({
  errors,
  busy,
  onAdd,
}: {
  errors: Record<string, string>;
  busy: boolean;
  onAdd: (rule: Rule) => Promise<boolean>;
}) {
  const [name, setName] = useState('');
  const [match, setMatch] = useState('');
  const [open, setOpen] = useState(true);
  const [severity, setSeverity] = useState<Rule['severity']>('SEV2');
  const [service, setService] = useState('');
  const [matchError, setMatchError] = useState<string | undefined>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseMatch(match);
    if (typeof parsed === 'string') return setMatchError(parsed);
    const rule: Rule = { name, match: parsed, open, severity };
    if (service.trim() !== '') rule.service = service.trim();
    if (await onAdd(rule)) {
      setName('');
      setMatch('');
      setService('');
    }
  };
  return (
    <form className="webhook-form" aria-label="Add a routing rule" onSubmit={(e) => void submit(e)}>
      <Field label="Rule name" error={errors.name}>
        {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field
        label="Match labels"
        hint="label=value pairs, comma-separated; value1|value2 for any of several"
        error={matchError ?? errors.match}
      >
        {(props) => (
          <input
            {...props}
            value={match}
            placeholder="severity=critical|page"
            onChange={(e) => {
              setMatch(e.target.value);
              setMatchError(undefined);
            }}
          />
        )}
      </Field>
      <Field
        label="Service"
        hint="optional: overrides the alert's service label"
        error={errors.service}
      >
        {(props) => (
          <input {...props} value={service} onChange={(e) => setService(e.target.value)} />
        )}
      </Field>
      <Field label="Severity of a new incident" error={errors.severity}>
        {(props) => (
          <select
            {...props}
            value={severity}
            onChange={(e) => setSeverity(e.target.value as Rule['severity'])}
          >
            {severities.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-actions">
        <label className="checkbox">
          <input type="checkbox" checked={open} onChange={(e) => setOpen(e.target.checked)} />
          Open an incident when nothing related is open
        </label>
        <button type="submit" className="primary" disabled={busy}>
          Add rule
        </button>
      </div>
    </form>
  );
}
