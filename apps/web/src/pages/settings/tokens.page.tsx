import type { TokenScope } from '@aftermath/domain';
import { useState, type FormEvent } from 'react';
import { api, describeError } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading, Notice } from '../../ui/states';
import { TokenScopeSelect } from './tokens/token-scope-select';

/** An expiry in days from now as UTC ISO, or null for "never". */
function expiryOf(days: string): string | null {
  if (days === '') return null;
  return new Date(Date.now() + Number(days) * 86_400_000).toISOString();
}

/**
 * `/settings/tokens`: API tokens (an admin sees everyone's, others their own). A new token's text
 * is shown once, right after it is created; only its hash is stored.
 */
export default function TokensPage() {
  usePageTitle('API tokens');
  const { resource, retry, reload } = useResource('tokens', async () => {
    const [tokens, scopes] = await Promise.all([
      api.call('listTokens', { query: {} }),
      api.call('listTokenScopes', { query: {} }),
    ]);
    return { tokens: tokens.data.items, scopes: scopes.data };
  });
  const [draft, setDraft] = useState({ scope: 'read' as TokenScope, days: '30', description: '' });
  const [created, setCreated] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async (work: () => Promise<void>) => {
    setFailure(null);
    try {
      await work();
      await reload();
    } catch (error) {
      setFailure(describeError(error));
    }
  };
  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const body = {
        scope: draft.scope,
        expiresAt: expiryOf(draft.days),
        description: draft.description,
      };
      setCreated((await api.call('createToken', { body })).data.token);
    });
  };
  const revoke = (id: string) =>
    run(async () => {
      await api.call('revokeToken', { params: { id } });
    });

  if (resource.state === 'loading') return <Loading what="the API tokens" />;
  if (resource.state === 'failed') {
    return <LoadFailed what="the API tokens" error={resource.error} onRetry={retry} />;
  }
  return (
    <div className="page tokens-page">
      <h1>API tokens</h1>
      {failure && <Notice tone="error">{failure}</Notice>}
      {created && (
        <Notice tone="success">
          <p>Copy this token now: it is not shown again.</p>
          <code aria-label="New token">{created}</code>
        </Notice>
      )}
      <form className="inline-form" onSubmit={create}>
        <TokenScopeSelect
          options={resource.value.scopes}
          value={draft.scope}
          onChange={(scope) => setDraft({ ...draft, scope })}
        />
        <label>
          Expires{' '}
          <select value={draft.days} onChange={(e) => setDraft({ ...draft, days: e.target.value })}>
            <option value="7">in 7 days</option>
            <option value="30">in 30 days</option>
            <option value="365">in a year</option>
            <option value="">never</option>
          </select>
        </label>
        <label>
          Description{' '}
          <input
            value={draft.description}
            maxLength={200}
            onChange={(e) => setDraft({ ...draft, description: e.target.value })}
          />
        </label>
        <button type="submit" className="primary">
          Create token
        </button>
      </form>
      <table className="data-table">
        <thead>
          <tr>
            <th>Id</th>
            <th>Owner</th>
            <th>Scope</th>
            <th>Description</th>
            <th>Expires</th>
            <th>Status</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {resource.value.tokens.map((token) => (
            <tr key={token.id} data-token-id={token.id}>
              <td>
                <code>{token.id}</code>
              </td>
              <td>{token.username}</td>
              <td>{token.scope}</td>
              <td>{token.description}</td>
              <td>{token.expiresAt ?? 'never'}</td>
              <td>{token.revokedAt ? 'revoked' : 'active'}</td>
              <td>
                {!token.revokedAt && (
                  <button type="button" onClick={() => void revoke(token.id)}>
                    Revoke {token.id}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
