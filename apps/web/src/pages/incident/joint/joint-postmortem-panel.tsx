import { useState } from 'react';
import { describeError } from '../../../api/client';
import { Link } from '../../../router/router';
import { paths } from '../../../router/routes';
import { IncidentStatusBadge, SeverityBadge } from '../../../ui/badges';
import { LoadFailed, Notice } from '../../../ui/states';
import { JointTimelineView } from './joint-timeline';
import { LinkIncidentForm } from './link-incident-form';
import { SharedActions } from './shared-actions';
import type { JointPostmortem, useJointPostmortem } from './use-joint-postmortem';
import './joint-postmortem.css';

function UnlinkButton({ label, onUnlink }: { label: string; onUnlink: () => Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="link-button"
        aria-label={`Remove ${label} from the joint postmortem`}
        onClick={() =>
          void onUnlink().catch((failure: unknown) => setError(describeError(failure)))
        }
      >
        remove
      </button>
      {error && <Notice tone="error">{error}</Notice>}
    </>
  );
}

function LinkedIncidents({
  joint,
  onUnlink,
}: {
  joint: JointPostmortem;
  onUnlink: (key: string) => Promise<void>;
}) {
  return (
    <>
      <ul className="joint-incidents" aria-label="Linked incidents">
        {joint.items.map((item) => (
          <li key={item.key}>
            <Link to={paths.incident(item.key)}>{item.key}</Link>{' '}
            <SeverityBadge severity={item.severity} /> <IncidentStatusBadge status={item.status} />{' '}
            {item.title}
            {item.teams.length > 0 && (
              <span className="muted"> · {item.teams.join(', ')}</span>
            )}{' '}
            <UnlinkButton label={item.key} onUnlink={() => onUnlink(item.key)} />
          </li>
        ))}
      </ul>
      {joint.teams.length > 0 && (
        <p className="muted small">Reviewing teams: {joint.teams.join(', ')}</p>
      )}
    </>
  );
}

/**
 * Joint postmortems on the incident page: a notice linking to the postmortem that covers this
 * incident (its action items are there, shared), or, on a postmortem of its own, the incidents
 * it covers with add by key and remove, and their merged timeline.
 */
export function JointPostmortemPanel({
  incidentKey,
  hasPostmortem,
  joint: { resource, retry, link, unlink },
}: {
  incidentKey: string;
  hasPostmortem: boolean;
  /** The incident's joint state (`useJointPostmortem`), shared with the panel that holds it. */
  joint: ReturnType<typeof useJointPostmortem>;
}) {
  if (resource.state === 'loading') return null;
  if (resource.state === 'failed') {
    return <LoadFailed what="the joint postmortem" error={resource.error} onRetry={retry} />;
  }
  const joint = resource.value;
  if (joint.coveredByHidden) {
    return <Notice tone="info">Covered by a restricted joint postmortem you may not see.</Notice>;
  }
  if (joint.coveredBy !== null) {
    return (
      <div className="joint-covered">
        <Notice tone="info">
          Covered by joint postmortem{' '}
          <Link to={`${paths.incident(joint.coveredBy)}#postmortem`}>{joint.coveredBy}</Link>: its
          document and action items are shared by every incident it covers.
        </Notice>
        <SharedActions primaryKey={joint.coveredBy} />
        <JointTimelineView incidentKey={incidentKey} />
      </div>
    );
  }
  if (!hasPostmortem) return null;
  return (
    <section className="joint-panel" aria-labelledby="joint-title">
      <h3 id="joint-title">Joint postmortem</h3>
      <p className="muted small">
        Link incidents this postmortem also covers: one owner, one document, shared action items.
      </p>
      {joint.items.length > 0 && <LinkedIncidents joint={joint} onUnlink={unlink} />}
      <LinkIncidentForm
        exclude={[incidentKey, ...joint.items.map((item) => item.key)]}
        onLink={(key) => link([key])}
      />
      {joint.items.length > 0 && <JointTimelineView incidentKey={incidentKey} />}
    </section>
  );
}
