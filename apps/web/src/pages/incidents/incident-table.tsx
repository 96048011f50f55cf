import type { Incident } from '@aftermath/domain';
import { paths } from '../../router/routes';
import type { PostmortemDeadline } from './deadline-badge';
import { IncidentRow, IncidentTableHead } from './incident-row';

/**
 * The incident list as a table; the key links to the incident page, or wherever `linkFor` says
 * (the on-call dashboard links straight to the timeline). Short lists only: the incident list
 * page, which may hold thousands, renders `WindowedIncidentTable` instead.
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
          <IncidentTableHead />
        </thead>
        <tbody>
          {incidents.map((incident) => (
            <IncidentRow
              key={incident.key}
              incident={incident}
              href={linkFor(incident.key)}
              deadline={deadlines?.get(incident.key)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
