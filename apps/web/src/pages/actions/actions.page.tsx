import { api } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { navigate } from '../../router/router';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading } from '../../ui/states';
import { TeamActionTable } from './team-action-table';
import { groupActionsByTeam } from './team-groups';
import './actions.css';

/** The most actions one page reads (the API's page limit). */
const pageLimit = 500;

interface ActionFilter {
  team: string;
  overdueOnly: boolean;
}

function readFilter(search: URLSearchParams): ActionFilter {
  return { team: search.get('team') ?? '', overdueOnly: search.get('overdue') === 'true' };
}

function filterPath(filter: ActionFilter): string {
  const query = new URLSearchParams();
  if (filter.team !== '') query.set('team', filter.team);
  if (filter.overdueOnly) query.set('overdue', 'true');
  const text = query.toString();
  return text === '' ? '/actions' : `/actions?${text}`;
}

async function loadActions(filter: ActionFilter) {
  const [actions, services] = await Promise.all([
    api.call('listActionsAcross', {
      query: {
        status: ['open', 'in_progress'],
        ...(filter.team === '' ? {} : { team: filter.team }),
        ...(filter.overdueOnly ? { overdue: 'true' as const } : {}),
        limit: pageLimit,
      },
    }),
    api.call('listServices', {}),
  ]);
  const teams = [...new Set(services.data.items.flatMap((s) => (s.team ? [s.team] : [])))];
  return { page: actions.data, teams: teams.sort((a, b) => a.localeCompare(b)) };
}

/**
 * `/actions`: open action items across incidents grouped by team, the overdue ones first with
 * how many days late they are. Team and "overdue only" are the API's filters, kept in the URL.
 */
export default function ActionsPage({ search }: { search: URLSearchParams }) {
  usePageTitle('Action items by team');
  const filter = readFilter(search);
  const { resource, retry } = useResource(filterPath(filter), () => loadActions(filter));
  const change = (next: Partial<ActionFilter>) =>
    navigate(filterPath({ ...filter, ...next }), { replace: true });
  const groups = resource.state === 'ready' ? groupActionsByTeam(resource.value.page.items) : [];
  return (
    <div className="page actions-page">
      <h1>Action items by team</h1>
      <p className="muted">
        Open and in-progress follow-ups of every incident, grouped by the team owning the
        incident&apos;s services. Overdue ones come first: chase their owners.
      </p>
      <div className="toolbar">
        <label>
          Team{' '}
          <select value={filter.team} onChange={(event) => change({ team: event.target.value })}>
            <option value="">every team</option>
            {resource.state === 'ready' &&
              resource.value.teams.map((team) => (
                <option key={team} value={team}>
                  {team}
                </option>
              ))}
          </select>
        </label>{' '}
        <label>
          <input
            type="checkbox"
            checked={filter.overdueOnly}
            onChange={(event) => change({ overdueOnly: event.target.checked })}
          />{' '}
          Overdue only
        </label>
      </div>
      {resource.state === 'loading' && <Loading what="the action items" />}
      {resource.state === 'failed' && (
        <LoadFailed what="the action items" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' && resource.value.page.total > pageLimit && (
        <p className="small" role="status">
          Showing the first {pageLimit} of {resource.value.page.total}: pick a team to see the rest.
        </p>
      )}
      {resource.state === 'ready' && groups.length === 0 && (
        <p className="empty-state">
          {filter.overdueOnly
            ? 'Nothing overdue. Every open action is within its due date.'
            : 'No open action items. Add follow-ups from an incident’s postmortem.'}
        </p>
      )}
      {groups.map((group) => (
        <TeamActionTable key={group.team ?? ''} group={group} />
      ))}
    </div>
  );
}
