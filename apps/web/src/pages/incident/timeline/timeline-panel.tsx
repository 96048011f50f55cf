import type { Incident } from '@aftermath/domain';
import { useEffect } from 'react';
import { api } from '../../../api/client';
import { useResource } from '../../../api/use-resource';
import { LoadFailed, Loading } from '../../../ui/states';
import type { DecideMilestone } from '../use-incident';
import { MilestoneProposals } from './milestone-proposals';
import { SuspectChanges, TelemetryGaps } from './suspects-and-gaps';
import { TimelineEntries } from './timeline-entries';
import { TimelineEntryForm } from './timeline-entry-form';
import { matchesFilters, TimelineFilterBar, useTimelineFilters } from './timeline-filters';
import { markEntries } from './timeline-view-types';

/**
 * The built timeline: entries with kind, source and evidence links (filtered by kind and source
 * through the URL), milestones proposed from evidence to accept or override, suspect changes and
 * telemetry gaps, and the form to add an entry by hand.
 */
export function TimelinePanel({
  incident,
  decide,
  onIncidentReload,
}: {
  incident: Incident;
  decide: DecideMilestone;
  onIncidentReload: () => unknown;
}) {
  const incidentKey = incident.key;
  const { resource, retry, reload } = useResource(incidentKey, async () => {
    const { data } = await api.call('getTimelineView', { params: { key: incidentKey } });
    return data;
  });
  const { filters, change } = useTimelineFilters();
  // A milestone saved anywhere on the page changes what the view says about decisions.
  useEffect(() => {
    void reload();
  }, [incident.version, reload]);

  const view = resource.state === 'ready' ? resource.value : null;
  const shown = view ? view.entries.filter((entry) => matchesFilters(entry, filters)) : [];
  return (
    <section id="timeline" className="card" aria-labelledby="timeline-title">
      <div className="card-header">
        <h2 id="timeline-title">Timeline</h2>
        {view && (
          <p className="muted small" aria-live="polite">
            {shown.length === view.entries.length
              ? `${view.entries.length} ${view.entries.length === 1 ? 'entry' : 'entries'}`
              : `${shown.length} of ${view.entries.length} entries shown`}
          </p>
        )}
      </div>
      {resource.state === 'loading' && <Loading what="the timeline" />}
      {resource.state === 'failed' && (
        <LoadFailed what="the timeline" error={resource.error} onRetry={retry} />
      )}
      {view && (
        <>
          <MilestoneProposals
            view={view}
            decide={decide}
            onReload={async () => {
              await onIncidentReload();
              await reload();
            }}
          />
          <SuspectChanges view={view} />
          <TelemetryGaps view={view} />
          <h3>Entries</h3>
          {view.entries.length === 0 ? (
            <p className="empty-inline">
              No entries yet. Import evidence or add what happened, when: the first alert, who was
              paged, the deploy that went out, the fix.
            </p>
          ) : (
            <>
              <TimelineFilterBar entries={view.entries} filters={filters} onChange={change} />
              <TimelineEntries entries={shown} marks={markEntries(view)} onChanged={reload} />
            </>
          )}
          <TimelineEntryForm incidentKey={incidentKey} onAdded={() => void reload()} />
        </>
      )}
    </section>
  );
}
