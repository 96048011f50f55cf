import type { Account, Role } from '@aftermath/domain';
import { useState, type FormEvent } from 'react';
import { api, describeError } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading, Notice } from '../../ui/states';

const roles: Role[] = ['viewer', 'responder', 'reviewer', 'admin'];

/** `/settings/users` (admins): every account; create one, set its role, disable or enable it. */
export default function UsersPage() {
  usePageTitle('Users');
  const { resource, retry, reload } = useResource('users', async () => {
    return (await api.call('listUsers', {})).data.items;
  });
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);
  const [draft, setDraft] = useState({ username: '', password: '', role: 'responder' as Role });

  const act = async (work: () => Promise<unknown>, done: string) => {
    setMessage(null);
    try {
      await work();
      setMessage({ tone: 'info', text: done });
      await reload();
    } catch (error) {
      setMessage({ tone: 'error', text: describeError(error) });
    }
  };
  const create = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      await api.call('createUser', { body: draft });
      setDraft({ username: '', password: '', role: 'responder' });
    }, `Created ${draft.username}.`);
  };
  const update = (user: Account, body: { role?: Role; disabled?: boolean }) =>
    act(
      () => api.call('updateUser', { params: { username: user.username }, body }),
      `Saved ${user.username}.`,
    );

  if (resource.state === 'loading') return <Loading what="the users" />;
  if (resource.state === 'failed')
    return <LoadFailed what="the users" error={resource.error} onRetry={retry} />;
  return (
    <div className="page users-page">
      <h1>Users</h1>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <table className="data-table">
        <thead>
          <tr>
            <th>Username</th>
            <th>Name</th>
            <th>Role</th>
            <th>Status</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {resource.value.map((user) => (
            <tr key={user.username} data-username={user.username}>
              <td>{user.username}</td>
              <td>{user.displayName}</td>
              <td>
                <select
                  aria-label={`Role of ${user.username}`}
                  value={user.role}
                  onChange={(event) => void update(user, { role: event.target.value as Role })}
                >
                  {roles.map((role) => (
                    <option key={role}>{role}</option>
                  ))}
                </select>
              </td>
              <td>{user.disabled ? 'disabled' : 'active'}</td>
              <td>
                <button
                  type="button"
                  onClick={() => void update(user, { disabled: !user.disabled })}
                >
                  {user.disabled ? `Enable ${user.username}` : `Disable ${user.username}`}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>New user</h2>
      <form className="inline-form" onSubmit={create}>
        <label>
          Username{' '}
          <input
            required
            value={draft.username}
            onChange={(e) => setDraft({ ...draft, username: e.target.value })}
          />
        </label>
        <label>
          Password{' '}
          <input
            required
            type="password"
            autoComplete="new-password"
            value={draft.password}
            onChange={(e) => setDraft({ ...draft, password: e.target.value })}
          />
        </label>
        <label>
          Role{' '}
          <select
            value={draft.role}
            onChange={(e) => setDraft({ ...draft, role: e.target.value as Role })}
          >
            {roles.map((role) => (
              <option key={role}>{role}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          Create user
        </button>
      </form>
    </div>
  );
}
