import type { Incident } from '@aftermath/domain';
import { formatAge, formatDateTime } from '../../lib/datetime';
import { Link } from '../../router/router';
import { paths } from '../../router/routes';
import { IncidentStatusBadge, SeverityBadge } from '../../ui/badges';
import { ServiceChips } from '../../ui/service-chips';
import { TagChips } from '../../ui/tag-chips';
import { DeadlineBadge, type PostmortemDeadline } from './deadline-badge';

function ImpactCell({ incident }: { incident: Incident }) {
  const started = incident.milestones.impactStartedAt;
  const at = started ?? incident.createdAt;
  return (
    <td className="nowrap">
      <time dateTime={at} title={formatDateTime(at)}>
        {formatDateTime(at)}
      </time>
      <span className="muted small block">
        {formatAge(at)}
        {started === null && ' · reported'}
      </span>
    </td>
  );
}

/**
 * The incident list as a table; the key links to the incident page, or wherever `linkFor` says
 * (the on-call dashboard links straight to the timeline).
 */
export function IncidentTable({
  incidents,
  caption = 'Incidents, newest first',
  linkFor = paths.incident,
  deadlines,
}: {
  incidents: Incident[];
  /** Postmortem deadlines by incident key, shown as a badge beside the status. */
  deadlines?: Map<string, PostmortemDeadline>;
  caption?: string;
  linkFor?: (key: string) => string;
}) {
  return (
    <div className="table-wrap">
      <table className="table incidents-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Title</th>
            <th scope="col">Severity</th>
            <th scope="col">Status</th>
            <th scope="col">Services</th>
            <th scope="col">Impact start</th>
          </tr>
        </thead>
        <tbody>
          {incidents.map((incident) => (
            <tr key={incident.key}>
              <td className="nowrap mono">
                <Link to={linkFor(incident.key)}>{incident.key}</Link>
              </td>
              <td className="title-cell">
                <Link to={linkFor(incident.key)} tabIndex={-1} className="quiet-link">
                  {incident.title}
                </Link>
                <TagChips tags={incident.tags} />
              </td>
              <td>
                <SeverityBadge severity={incident.severity} />
              </td>
              <td>
                <IncidentStatusBadge status={incident.status} />
                <DeadlineBadge deadline={deadlines?.get(incident.key)} />
              </td>
              <td>
                <ServiceChips services={incident.services} />
              </td>
              <ImpactCell incident={incident} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
