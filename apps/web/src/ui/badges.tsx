import type { IncidentStatus, PostmortemStatus, Severity } from '@aftermath/domain';
import { defaultSeverityScale } from '@aftermath/domain';
import { incidentStatusLabels, postmortemStatusLabels } from '../lib/labels';

/** Severity as colour and text, with its meaning on hover. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span
      className={`badge severity severity-${severity.toLowerCase()}`}
      title={defaultSeverityScale[severity]}
    >
      {severity}
    </span>
  );
}

/** Incident status as a labelled pill. */
export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  return <span className={`badge status status-${status}`}>{incidentStatusLabels[status]}</span>;
}

/** Postmortem status as a labelled pill. */
export function PostmortemStatusBadge({ status }: { status: PostmortemStatus }) {
  return (
    <span className={`badge status pm-${status.replace('_', '-')}`}>
      {postmortemStatusLabels[status]}
    </span>
  );
}
