import type { RouteOutput, routes } from '@aftermath/contract';
import { useState } from 'react';
import { api } from '../../../api/client';
import { useFormSubmit } from '../../../api/use-form-submit';
import { Field } from '../../../ui/field';
import { Notice } from '../../../ui/states';

type Kind = 'github' | 'jira' | 'linear';
const shownFields = [
  'params.team',
  'baseUrl',
  'project',
  'user',
  'token',
  'webhookSecret',
  'issueType',
];
const baseUrls: Record<Kind, string> = {
  github: 'https://api.github.com',
  jira: 'https://your-site.atlassian.net',
  linear: 'https://api.linear.app',
};

/** A team's tracker as listed: secrets only as "set" or not. */
export type TrackerView = RouteOutput<(typeof routes)['listTrackers']>['items'][number];

const setOrNot = (isSet: boolean | undefined) => (isSet ? 'set' : 'not set');

/**
 * Sets a team's issue tracker. Token and webhook secret are write-only (stored encrypted, never
 * shown back): a blank one keeps what is stored, and the form says whether one is set.
 */
export function TrackerForm({
  trackers,
  onSaved,
}: {
  trackers: readonly TrackerView[];
  onSaved: (team: string) => unknown;
}) {
  const [team, setTeam] = useState('');
  const [kind, setKind] = useState<Kind>('github');
  const [baseUrl, setBaseUrl] = useState(baseUrls.github);
  const [project, setProject] = useState('');
  const [user, setUser] = useState('');
  const [token, setToken] = useState('');
  const [webhookSecret, setWebhookSecret] = useState('');
  const [issueType, setIssueType] = useState('');
  const [autoCreate, setAutoCreate] = useState(false);
  const { busy, failure, errors, submit } = useFormSubmit({
    fields: shownFields,
    depth: 2,
    rename: { 'params.team': 'team' },
  });

  const save = () =>
    submit(async () => {
      await api.call('setTracker', {
        params: { team: team.trim() },
        body: {
          kind,
          baseUrl: baseUrl.trim(),
          project: project.trim(),
          autoCreate,
          ...(kind === 'jira' && user.trim() !== '' ? { user: user.trim() } : {}),
          ...(kind === 'jira' && issueType.trim() !== '' ? { issueType: issueType.trim() } : {}),
          ...(token === '' ? {} : { token }),
          ...(webhookSecret === '' ? {} : { webhookSecret }),
        },
      });
      await onSaved(team.trim());
      setToken('');
      setWebhookSecret('');
    });

  const stored = trackers.find((tracker) => tracker.team === team.trim());
  return (
    <form
      className="card form-grid"
      aria-label="Set a team's tracker"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3>Set a team&apos;s tracker</h3>
      {failure && <Notice tone="error">{failure.message}</Notice>}
      <div className="form-row">
        <Field label="Team" hint="default: actions of teams without one" error={errors.team}>
          {(props) => <input {...props} value={team} onChange={(e) => setTeam(e.target.value)} />}
        </Field>
        <Field label="Tracker">
          {(props) => (
            <select
              {...props}
              value={kind}
              onChange={(e) => {
                const next = e.target.value as Kind;
                setKind(next);
                setBaseUrl(baseUrls[next]);
              }}
            >
              <option value="github">GitHub Issues</option>
              <option value="jira">Jira Cloud</option>
              <option value="linear">Linear</option>
            </select>
          )}
        </Field>
        <Field label="API address" error={errors.baseUrl}>
          {(props) => (
            <input {...props} value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} />
          )}
        </Field>
      </div>
      <div className="form-row">
        <Field
          label="Project"
          hint={
            kind === 'github'
              ? 'owner/repo'
              : kind === 'jira'
                ? 'project key, e.g. OPS'
                : 'team key, e.g. ENG'
          }
          error={errors.project}
        >
          {(props) => (
            <input {...props} value={project} onChange={(e) => setProject(e.target.value)} />
          )}
        </Field>
        {kind === 'jira' && (
          <Field label="Account e-mail" error={errors.user}>
            {(props) => <input {...props} value={user} onChange={(e) => setUser(e.target.value)} />}
          </Field>
        )}
        <Field
          label="API token"
          hint={`${setOrNot(stored?.tokenSet)}; blank keeps the stored one`}
          error={errors.token}
        >
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              value={token}
              onChange={(e) => setToken(e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form-row">
        {kind === 'jira' && (
          <Field
            label="Issue type"
            hint="as the project names it; default Task"
            error={errors.issueType}
          >
            {(props) => (
              <input
                {...props}
                value={issueType}
                placeholder="Task"
                onChange={(e) => setIssueType(e.target.value)}
              />
            )}
          </Field>
        )}
        <Field
          label="Webhook secret"
          hint={`${setOrNot(stored?.webhookSecretSet)}; at least 16 characters, signs the tracker's issue webhooks; blank keeps the stored one`}
          error={errors.webhookSecret}
        >
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              value={webhookSecret}
              onChange={(e) => setWebhookSecret(e.target.value)}
            />
          )}
        </Field>
      </div>
      <label className="checkbox-line">
        <input
          type="checkbox"
          checked={autoCreate}
          onChange={(e) => setAutoCreate(e.target.checked)}
        />{' '}
        File every new action item of the team as an issue
      </label>
      <div>
        <button type="submit" className="primary" disabled={busy}>
          Save tracker
        </button>
      </div>
    </form>
  );
}
