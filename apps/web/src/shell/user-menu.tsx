import { useState } from 'react';
import { describeError } from '../api/client';
import { useSession } from './session-gate';

/** Who is signed in, and the way out. */
export function UserMenu() {
  const session = useSession();
  const [failure, setFailure] = useState<string | null>(null);
  if (session === null) return null;
  const { user, signOut } = session;
  return (
    <div className="user-menu">
      <span className="user-name" title={`Signed in as ${user.username} (${user.role})`}>
        {user.displayName}
      </span>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          signOut().catch((error: unknown) => setFailure(describeError(error)));
        }}
      >
        Sign out
      </button>
      {failure !== null && (
        <span role="alert" className="field-error">
          {failure}
        </span>
      )}
    </div>
  );
}
