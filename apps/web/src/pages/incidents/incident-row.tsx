import type { Incident } from '@aftermath/domain';
import { memo } from 'react';
import { formatAge, formatDateTime } from '../../lib/datetime';
import { Link } from '../../router/router';
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

/** The incident table's column headers; `indexed` marks them as row 1 of a windowed table. */
export function IncidentTableHead({ indexed = false }: { indexed?: boolean }) {
  return (
    <tr aria-rowindex={indexed ? 1 : undefined}>
      <th scope="col">Key</th>
      <th scope="col">Title</th>
      <th scope="col">Severity</th>
      <th scope="col">Status</th>
      <th scope="col">Services</th>
      <th scope="col">Impact start</th>
    </tr>
  );
}

/**
 * One incident as a table row; `rowIndex` is its 1-based row in the whole list, header included.
 * Memoised: while the windowed list scrolls, rows that stay in view are not drawn again.
 */
export const IncidentRow = memo(function IncidentRow({
  incident,
  href,
  deadline,
  rowIndex,
}: {
  incident: Incident;
  href: string;
  deadline: PostmortemDeadline | undefined;
  rowIndex?: number;
}) {
  return (
    <tr aria-rowindex={rowIndex}>
      <td className="nowrap mono">
        <Link to={href}>{incident.key}</Link>
      </td>
      <td className="title-cell">
        <Link to={href} tabIndex={-1} className="quiet-link">
          {incident.title}
        </Link>
        <TagChips tags={incident.tags} />
      </td>
      <td>
        <SeverityBadge severity={incident.severity} />
      </td>
      <td>
        <IncidentStatusBadge status={incident.status} />
        <DeadlineBadge deadline={deadline} />
      </td>
      <td>
        <ServiceChips services={incident.services} />
      </td>
      <ImpactCell incident={incident} />
    </tr>
  );
});
