import { useEffect, useState } from 'react';
import { api } from '../../../api/client';
import { useResource } from '../../../api/use-resource';
import { LoadFailed, Loading } from '../../../ui/states';
import './executive-summary.css';

type CopyState = 'idle' | 'copied' | 'failed';

function CopyButton({ text }: { text: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <span className="button-row">
      <button type="button" onClick={copy}>
        Copy the summary
      </button>
      <span className="muted small" role="status">
        {state === 'copied' && 'Copied: paste it into your update.'}
        {state === 'failed' && 'The browser refused the clipboard: select the text and copy it.'}
      </span>
    </span>
  );
}

/**
 * The executive summary stakeholders get when the postmortem is published (impact, cause, what we
 * are doing), built by the server from the redacted public version. Read only: it is written from
 * the sections, so it is read again after every save (`version`).
 */
export function ExecutiveSummaryPanel({
  incidentKey,
  version,
}: {
  incidentKey: string;
  version: number;
}) {
  const { resource, reload, retry } = useResource(incidentKey, async () => {
    const { data } = await api.call('getPublicPostmortem', { params: { key: incidentKey } });
    return data.executiveSummary;
  });
  useEffect(() => {
    void reload();
  }, [version, reload]);
  return (
    <section className="executive-summary" aria-labelledby="executive-summary-title">
      <h3 id="executive-summary-title">Executive summary</h3>
      <p className="muted small">
        Written from the redacted public version for stakeholders; it follows the sections as you
        save them.
      </p>
      {resource.state === 'loading' && <Loading what="the executive summary" />}
      {resource.state === 'failed' && (
        <LoadFailed what="the executive summary" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' && (
        <>
          <dl className="executive-summary-text">
            <dt>Impact</dt>
            <dd>{resource.value.impact}</dd>
            <dt>Cause</dt>
            <dd>{resource.value.cause}</dd>
            <dt>What we are doing</dt>
            <dd>{resource.value.response}</dd>
          </dl>
          <CopyButton text={resource.value.text} />
        </>
      )}
    </section>
  );
}
