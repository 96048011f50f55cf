import { api } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { formatDateTime } from '../../lib/datetime';
import { Link } from '../../router/router';
import { paths } from '../../router/routes';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading } from '../../ui/states';
import { EvidenceExcerpt } from './evidence-excerpt';

const numberParam = (value: string | null) =>
  value !== null && /^\d+$/.test(value) ? Number(value) : undefined;

/**
 * `/incidents/INC-n/evidence/ID?line=N|byteOffset=N&pointer=/p`: what the evidence record says
 * about itself and the raw lines around the place an entry points at; with a pointer the server
 * finds the pointed value (streaming) and marks it. The server reads only the window asked for,
 * however large the blob.
 */
export function EvidencePage({
  incidentKey,
  evidenceId,
  search,
}: {
  incidentKey: string;
  evidenceId: string;
  search: URLSearchParams;
}) {
  const line = numberParam(search.get('line'));
  const byteOffset = numberParam(search.get('byteOffset'));
  const pointer = search.get('pointer');
  usePageTitle(`Evidence of ${incidentKey}`);
  const where = `${evidenceId}?${search.toString()}`;
  const { resource, retry } = useResource(where, async () => {
    const { data } = await api.call('getEvidenceExcerpt', {
      params: { key: incidentKey, id: evidenceId },
      query: {
        ...(line === undefined ? {} : { line }),
        ...(byteOffset === undefined ? {} : { byteOffset }),
        ...(pointer === null ? {} : { pointer }),
      },
    });
    return data;
  });
  return (
    <section className="page evidence-page" aria-labelledby="evidence-title">
      <p>
        <Link to={`${paths.incident(incidentKey)}#timeline`}>
          ← Back to the timeline of {incidentKey}
        </Link>
      </p>
      {resource.state === 'loading' && <Loading what="the evidence" />}
      {resource.state === 'failed' && (
        <LoadFailed what="the evidence" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' && (
        <>
          <h1 id="evidence-title">Evidence: {resource.value.evidence.name}</h1>
          <dl className="evidence-meta">
            <dt>Format</dt>
            <dd>{resource.value.evidence.format}</dd>
            <dt>Arrived</dt>
            <dd>
              {formatDateTime(resource.value.evidence.receivedAt)} via{' '}
              {resource.value.evidence.channel}
            </dd>
            <dt>Size</dt>
            <dd>{resource.value.evidence.bytes.toLocaleString()} bytes</dd>
            <dt>SHA-256</dt>
            <dd className="mono">{resource.value.evidence.sha256}</dd>
            <dt>Entries</dt>
            <dd>
              {resource.value.evidence.entriesAdded} added,{' '}
              {resource.value.evidence.duplicatesSkipped} duplicates skipped,{' '}
              {resource.value.evidence.problems.length} problems
            </dd>
            {pointer !== null && (
              <>
                <dt>JSON pointer</dt>
                <dd className="mono">{pointer}</dd>
              </>
            )}
          </dl>
          <EvidenceExcerpt excerpt={resource.value} />
          <p>
            <a
              href={`/api/v1/incidents/${incidentKey}/evidence/${encodeURIComponent(evidenceId)}/raw`}
              download
            >
              Download the raw evidence
            </a>
          </p>
        </>
      )}
    </section>
  );
}
