import type { RouteOutput, routes } from '@aftermath/contract';
import { useState } from 'react';
import { api, describeError } from '../../../api/client';
import { Notice } from '../../../ui/states';

type Verification = RouteOutput<(typeof routes)['verifyAudit']>;

/** The verify button and what the last check found. */
export function AuditVerify() {
  const [result, setResult] = useState<Verification | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const verify = async () => {
    setBusy(true);
    setFailure(null);
    try {
      setResult((await api.call('verifyAudit', {})).data);
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="audit-verify">
      <button type="button" onClick={() => void verify()} disabled={busy}>
        {busy ? 'Verifying…' : 'Verify the hash chain'}
      </button>
      {failure && <Notice tone="error">{failure}</Notice>}
      {result &&
        (result.broken === null ? (
          <Notice tone="success">Audit log intact: {result.records} records.</Notice>
        ) : (
          <Notice tone="error">
            Audit log broken at record #{result.broken.seq}: {result.broken.reason} (
            {result.records} records before it hold).
          </Notice>
        ))}
    </div>
  );
}
