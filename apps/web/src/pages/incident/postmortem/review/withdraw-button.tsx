import { useState } from 'react';
import { describeError } from '../../../../api/client';
import { Notice } from '../../../../ui/states';

/** Takes back a pending review request; the server refuses an answered one and says why. */
export function WithdrawRequestButton({
  label,
  onWithdraw,
}: {
  label: string;
  onWithdraw: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const withdraw = async () => {
    setBusy(true);
    setError(null);
    try {
      await onWithdraw();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {' '}
      <button
        type="button"
        className="link-button"
        aria-label={`Withdraw the request to ${label}`}
        disabled={busy}
        onClick={() => void withdraw()}
      >
        withdraw
      </button>
      {error && <Notice tone="error">{error}</Notice>}
    </>
  );
}
