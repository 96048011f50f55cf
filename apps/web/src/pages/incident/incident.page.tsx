import { isNotFound } from '../../api/client';
import { Link } from '../../router/router';
import { paths } from '../../router/routes';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading } from '../../ui/states';
import { ActionsPanel } from './actions/actions-panel';
import { IncidentHeader } from './header/incident-header';
import { MilestonesEditor } from './milestones/milestones-editor';
import { PostmortemPanel } from './postmortem/postmortem-panel';
import { PublicDiffPanel } from './publication/public-diff-panel';
import { SimilarPanel } from './similar/similar-panel';
import { TimelinePanel } from './timeline/timeline-panel';
import { useIncident } from './use-incident';

function SectionNav({ incidentKey }: { incidentKey: string }) {
  return (
    <nav className="section-nav" aria-label="On this page">
      <a href="#milestones">Milestones</a>
      <a href="#timeline">Timeline</a>
      <a href="#postmortem">Postmortem</a>
      <a href="#actions">Action items</a>
      <a href="#similar">Similar incidents</a>
      <Link to={paths.incidentDebug(incidentKey)}>SLI debug view</Link>
    </nav>
  );
}

/** `/incidents/INC-n`: everything about one incident on one page. */
export function IncidentPage({ incidentKey }: { incidentKey: string }) {
  const { resource, reload, retry, save, decide } = useIncident(incidentKey);
  const title =
    resource.state === 'ready' ? `${incidentKey} ${resource.value.data.title}` : incidentKey;
  usePageTitle(title);

  if (resource.state === 'loading') return <Loading what={incidentKey} />;
  if (resource.state === 'failed') {
    if (isNotFound(resource.error)) {
      return (
        <section className="page narrow">
          <h1>No incident {incidentKey}</h1>
          <p>It may have been mistyped, or it belongs to another Aftermath instance.</p>
          <Link to={paths.incidents()}>Back to the incident list</Link>
        </section>
      );
    }
    return <LoadFailed what={incidentKey} error={resource.error} onRetry={retry} />;
  }
  const incident = resource.value.data;
  return (
    <div className="page incident-page">
      <IncidentHeader incident={incident} save={save} onReload={reload} />
      <SectionNav incidentKey={incidentKey} />
      <div id="milestones">
        <MilestonesEditor incident={incident} save={save} onReload={reload} />
      </div>
      <TimelinePanel incident={incident} decide={decide} onIncidentReload={reload} />
      <PostmortemPanel incidentKey={incidentKey} />
      <PublicDiffPanel incidentKey={incidentKey} />
      <ActionsPanel incidentKey={incidentKey} />
      <SimilarPanel incident={incident} save={save} />
    </div>
  );
}
