import { useState } from 'react';
import { api, describeError } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { Link } from '../../router/router';
import { paths } from '../../router/routes';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading, Notice } from '../../ui/states';
import { MemberForm } from './teams/member-form';
import { groupTeams, teamRoles, type Membership, type Team } from './teams/team-model';

/** `/settings/teams`: each team's services and members with their role there. */
export default function TeamsPage() {
  usePageTitle('Teams');
  const { resource, retry, reload } = useResource('teams', async () => {
    const [services, members] = await Promise.all([
      api.call('listServices', {}),
      api.call('listTeamMembers', { query: {} }),
    ]);
    return groupTeams(services.data.items, members.data.items);
  });
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const change = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setNotice({ tone: 'success', text: done });
      await reload();
    } catch (error) {
      setNotice({
        tone: 'error',
        text: `${describeError(error)} Only workspace admins change team roles.`,
      });
    }
  };
  return (
    <section className="page settings-stack">
      <h1>Teams</h1>
      <p className="muted">
        A person&apos;s role in a team decides what they may do on the incidents of the team&apos;s
        services. Workspace admins are admins in every team; accounts are on the{' '}
        <Link to="/settings/users">Users</Link> page.
      </p>
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      {resource.state === 'loading' && <Loading what="teams" />}
      {resource.state === 'failed' && (
        <LoadFailed what="the teams" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' &&
        (resource.value.length === 0 ? (
          <p className="empty-inline">
            No teams yet. Give a service a team on the <Link to="/settings/services">Services</Link>{' '}
            page, or add a first member below.
          </p>
        ) : (
          resource.value.map((team) => <TeamCard key={team.name} team={team} change={change} />)
        ))}
      <MemberForm
        onSaved={async (summary) => {
          setNotice({ tone: 'success', text: summary });
          await reload();
        }}
      />
    </section>
  );
}

type Change = (work: () => Promise<unknown>, done: string) => Promise<void>;

function TeamCard({ team, change }: { team: Team; change: Change }) {
  return (
    <section className="card" aria-labelledby={`team-${team.name}`}>
      <h2 id={`team-${team.name}`}>{team.name}</h2>
      <p className="muted">
        {team.services.length === 0 ? (
          'No services name this team yet.'
        ) : (
          <>
            Services:{' '}
            {team.services.map((service, index) => (
              <span key={service}>
                {index > 0 && ', '}
                <Link to={paths.service(service)}>{service}</Link>
              </span>
            ))}
          </>
        )}
      </p>
      {team.members.length === 0 ? (
        <p className="empty-inline">No members: only workspace admins act for this team.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Members of {team.name}</caption>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Role</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {team.members.map((member) => (
                <MemberRow key={member.username} member={member} change={change} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function MemberRow({ member, change }: { member: Membership; change: Change }) {
  const params = { team: member.team, username: member.username };
  return (
    <tr>
      <td>{member.username}</td>
      <td>
        <select
          aria-label={`Role of ${member.username} in ${member.team}`}
          value={member.role}
          onChange={(event) => {
            const role = event.target.value as Membership['role'];
            void change(
              () => api.call('setTeamMember', { params, body: { role } }),
              `${member.username} is ${role} in ${member.team}.`,
            );
          }}
        >
          {teamRoles.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button
          type="button"
          onClick={() =>
            void change(
              () => api.call('removeTeamMember', { params }),
              `${member.username} left ${member.team}.`,
            )
          }
        >
          Remove
          <span className="visually-hidden">
            {' '}
            {member.username} from {member.team}
          </span>
        </button>
      </td>
    </tr>
  );
}
