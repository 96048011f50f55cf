import { useId, useState } from 'react';

const storageKey = 'aftermath.actingUser';

/**
 * Who the person says they are, for comments and verdicts, kept in this browser. Requests carry no
 * signed-in user yet; once they do, the server uses that user and ignores this name.
 */
export function useActingUser(): [string, (name: string) => void] {
  const [name, setName] = useState(() => window.localStorage.getItem(storageKey) ?? '');
  const update = (next: string) => {
    const clean = next.trim().toLowerCase();
    window.localStorage.setItem(storageKey, clean);
    setName(clean);
  };
  return [name, update];
}

/** The "You are" field the review panel, comments and verdicts share. */
export function ActingUserField({
  name,
  onChange,
}: {
  name: string;
  onChange: (name: string) => void;
}) {
  const id = useId();
  return (
    <p className="acting-user">
      <label htmlFor={id}>You are</label>{' '}
      <input
        id={id}
        value={name}
        placeholder="username"
        autoComplete="username"
        onChange={(event) => onChange(event.target.value)}
      />
    </p>
  );
}
