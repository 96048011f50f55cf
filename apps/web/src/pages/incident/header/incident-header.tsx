import type { Incident } from '@aftermath/domain';
import { useEffect, useRef, useState } from 'react';
import { formatDateTime } from '../../../lib/datetime';
import { Link } from '../../../router/router';
import { paths } from '../../../router/routes';
import { IncidentStatusBadge, SeverityBadge } from '../../../ui/badges';
import { ServiceChips } from '../../../ui/service-chips';
import type { SaveIncident } from '../use-incident';
import { IncidentDetailsForm } from './incident-details-form';
import { StatusMoves } from './status-moves';
import { TagEditor } from './tag-editor';

function Facts({ incident, onTagsChanged }: { incident: Incident; onTagsChanged: () => unknown }) {
  return (
    <dl className="facts">
      <div>
        <dt>Severity</dt>
        <dd>
          <SeverityBadge severity={incident.severity} />
        </dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd>
          <IncidentStatusBadge status={incident.status} />
        </dd>
      </div>
      <div>
        <dt>Type</dt>
        <dd>{incident.type}</dd>
      </div>
      <div className="facts-wide">
        <dt>Services</dt>
        <dd>
          <ServiceChips services={incident.services} empty="none recorded" />
        </dd>
      </div>
      <div className="facts-wide">
        <dt>Tags</dt>
        <dd>
          <TagEditor incident={incident} onChanged={onTagsChanged} />
        </dd>
      </div>
      <div>
        <dt>Commander</dt>
        <dd>{incident.commander ?? <span className="muted">not assigned</span>}</dd>
      </div>
      <div>
        <dt>Reported</dt>
        <dd>{formatDateTime(incident.createdAt)}</dd>
      </div>
    </dl>
  );
}

/** The top of an incident page: what it is, how bad, where it stands, and the next moves. */
export function IncidentHeader({
  incident,
  save,
  onReload,
}: {
  incident: Incident;
  save: SaveIncident;
  onReload: () => unknown;
}) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Closing the form returns focus to the button that opened it, so keyboard users stay put.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return (
    <header className="incident-header card">
      <p className="breadcrumb">
        <Link to={paths.incidents()}>Incidents</Link> / {incident.key}
      </p>
      <div className="title-row">
        <h1>
          <span className="incident-key">{incident.key}</span> {incident.title}
        </h1>
        {!editing && (
          <button type="button" ref={editButton} onClick={() => setEditing(true)}>
            Edit details
          </button>
        )}
      </div>
      {editing ? (
        <IncidentDetailsForm
          incident={incident}
          save={save}
          onReload={onReload}
          onDone={() => setEditing(false)}
        />
      ) : (
        <Facts incident={incident} onTagsChanged={onReload} />
      )}
      {!editing && <StatusMoves incident={incident} save={save} onReload={onReload} />}
    </header>
  );
}
