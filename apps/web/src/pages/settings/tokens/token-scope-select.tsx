import type { RouteOutput, routes } from '@aftermath/contract';
import type { TokenScope } from '@aftermath/domain';
import { useId } from 'react';
import './token-scope-note.css';

/** The scopes a person may put on a token, as `GET /api/v1/tokens/scopes` answers. */
export type TokenScopeOptions = RouteOutput<(typeof routes)['listTokenScopes']>;

/**
 * The scope picker: only the scopes the person may hold are offered (their highest role, team
 * roles included, caps them); the others are named below it with the reason.
 */
export function TokenScopeSelect({
  options,
  value,
  onChange,
}: {
  options: TokenScopeOptions;
  value: TokenScope;
  onChange: (scope: TokenScope) => void;
}) {
  const noteId = useId();
  const refused = options.items.filter((item) => !item.allowed);
  return (
    <>
      <label>
        Scope{' '}
        <select
          value={value}
          aria-describedby={refused.length > 0 ? noteId : undefined}
          onChange={(e) => onChange(e.target.value as TokenScope)}
        >
          {options.items
            .filter((item) => item.allowed)
            .map((item) => (
              <option key={item.scope}>{item.scope}</option>
            ))}
        </select>
      </label>
      {refused.length > 0 && (
        <div id={noteId} className="muted token-scope-note">
          <p>Not offered to you ({options.role}, your highest role with team roles included):</p>
          <ul>
            {refused.map((item) => (
              <li key={item.scope}>
                <strong>{item.scope}</strong>: {item.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
