import type { ReactNode } from 'react';
import { describeError } from '../api/client';

/** A polite "loading" line that screen readers announce. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      Loading {what}…
    </p>
  );
}

/** A failed read: what went wrong and a way to try again. */
export function LoadFailed({
  what,
  error,
  onRetry,
}: {
  what: string;
  error: unknown;
  onRetry: () => unknown;
}) {
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>Could not load {what}.</strong> {describeError(error)}
      </p>
      <button type="button" onClick={() => void onRetry()}>
        Try again
      </button>
    </div>
  );
}

/** A message block: error (announced), warning, or success. */
export function Notice({
  tone,
  children,
}: {
  tone: 'error' | 'warning' | 'success' | 'info';
  children: ReactNode;
}) {
  const role = tone === 'error' || tone === 'warning' ? 'alert' : 'status';
  return (
    <div className={`notice notice-${tone}`} role={role}>
      {children}
    </div>
  );
}
