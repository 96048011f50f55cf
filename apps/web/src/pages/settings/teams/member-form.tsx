import { useState } from 'react';
import { api } from '../../../api/client';
import { formFailureOf, type FormFailure } from '../../../api/field-errors';
import { Field } from '../../../ui/field';
import { Notice } from '../../../ui/states';
import { teamRoles } from './team-model';

const shownFields = ['params.team', 'params.username', 'role'];

/** Gives a person a role in a team (a new team starts with its first member). Admins only. */
export function MemberForm({ onSaved }: { onSaved: (summary: string) => unknown }) {
  const [team, setTeam] = useState('');
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<(typeof teamRoles)[number]>('responder');
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    try {
      await api.call('setTeamMember', {
        params: { team: team.trim(), username: username.trim() },
        body: { role },
      });
      setFailure(null);
      await onSaved(`${username.trim()} is ${role} in ${team.trim()}.`);
      setUsername('');
    } catch (error) {
      // Team and person travel in the path: the server names them `params.team`/`params.username`.
      const failed = formFailureOf(error, shownFields, 2);
      const errors: Record<string, string> = {};
      for (const [path, message] of Object.entries(failed.errors)) {
        errors[path.replace(/^params\./, '')] = message;
      }
      setFailure({ ...failed, errors });
    } finally {
      setBusy(false);
    }
  };

  const errors = failure?.errors ?? {};
  return (
    <form
      className="card form-grid"
      aria-label="Add a team member"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2>Add a member or change a role</h2>
      {failure && <Notice tone="error">{failure.message}</Notice>}
      <div className="form-row">
        <Field label="Team" hint="e.g. payments; services name their team" error={errors.team}>
          {(props) => <input {...props} value={team} onChange={(e) => setTeam(e.target.value)} />}
        </Field>
        <Field label="Username" error={errors.username}>
          {(props) => (
            <input {...props} value={username} onChange={(e) => setUsername(e.target.value)} />
          )}
        </Field>
        <Field label="Role in the team" error={errors.role}>
          {(props) => (
            <select
              {...props}
              value={role}
              onChange={(e) => setRole(e.target.value as (typeof teamRoles)[number])}
            >
              {teamRoles.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div>
        <button type="submit" className="primary" disabled={busy}>
          Save membership
        </button>
      </div>
    </form>
  );
}
