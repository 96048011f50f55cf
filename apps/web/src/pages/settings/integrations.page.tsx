import { useState } from 'react';
import { api, describeError } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { Link } from '../../router/router';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading, Notice } from '../../ui/states';
import { TargetForm } from './integrations/target-form';
import { TrackerForm } from './integrations/tracker-form';

type Act = (work: () => Promise<unknown>, done: string) => Promise<void>;

/** `/settings/integrations`: notification targets (with outgoing webhooks) and issue trackers. */
export default function IntegrationsPage() {
  usePageTitle('Notifications and trackers');
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const targets = useResource('notification-targets', async () => {
    const { data } = await api.call('listNotificationTargets', {});
    return data.items;
  });
  const trackers = useResource('trackers', async () => {
    const { data } = await api.call('listTrackers', {});
    return data.items;
  });
  const act: Act = async (work, done) => {
    try {
      await work();
      setNotice({ tone: 'success', text: done });
      await Promise.all([targets.reload(), trackers.reload()]);
    } catch (error) {
      setNotice({ tone: 'error', text: describeError(error) });
    }
  };
  return (
    <section className="page settings-stack">
      <h1>Notifications and trackers</h1>
      <p className="muted">
        Where Aftermath sends word of incidents and postmortems, and where each team&apos;s action
        items are filed. Every send is in the <Link to="/settings/deliveries">delivery log</Link>;
        alert sources that send to Aftermath are on <Link to="/settings/webhooks">Webhooks</Link>.
      </p>
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      <section className="card form-grid" aria-labelledby="targets-heading">
        <h2 id="targets-heading">Notification targets and outgoing webhooks</h2>
        {targets.resource.state === 'loading' && <Loading what="notification targets" />}
        {targets.resource.state === 'failed' && (
          <LoadFailed
            what="the notification targets (admins only)"
            error={targets.resource.error}
            onRetry={targets.retry}
          />
        )}
        {targets.resource.state === 'ready' &&
          (targets.resource.value.length === 0 ? (
            <p className="empty-inline">No targets: nothing is sent yet. Add one below.</p>
          ) : (
            <TargetTable targets={targets.resource.value} act={act} />
          ))}
        <TargetForm onSaved={(name) => act(() => Promise.resolve(), `Target ${name} saved.`)} />
      </section>
      <section className="card form-grid" aria-labelledby="trackers-heading">
        <h2 id="trackers-heading">Issue trackers per team</h2>
        <p className="muted">
          GitHub Issues, Jira or Linear, one per team (also <code>aftermath tracker set</code>); the
          token is stored encrypted.
        </p>
        {trackers.resource.state === 'loading' && <Loading what="issue trackers" />}
        {trackers.resource.state === 'failed' && (
          <LoadFailed
            what="the issue trackers (admins only)"
            error={trackers.resource.error}
            onRetry={trackers.retry}
          />
        )}
        {trackers.resource.state === 'ready' &&
          (trackers.resource.value.length === 0 ? (
            <p className="empty-inline">No team files action items in a tracker yet.</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">Issue trackers</caption>
                <thead>
                  <tr>
                    <th scope="col">Team</th>
                    <th scope="col">Tracker</th>
                    <th scope="col">Project</th>
                    <th scope="col">Files new actions</th>
                    <th scope="col">Webhook secret</th>
                    <th scope="col">
                      <span className="visually-hidden">Remove</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {trackers.resource.value.map((tracker) => (
                    <tr key={tracker.team}>
                      <td>{tracker.team}</td>
                      <td>
                        {tracker.kind} <span className="muted">{tracker.baseUrl}</span>
                      </td>
                      <td className="mono">
                        {tracker.project}
                        {tracker.issueType && (
                          <span className="muted"> ({tracker.issueType} issues)</span>
                        )}
                      </td>
                      <td>{tracker.autoCreate ? 'yes' : 'on request'}</td>
                      <td>{tracker.webhookSecretSet ? 'set' : 'not set'}</td>
                      <td>
                        <button
                          type="button"
                          onClick={() =>
                            void act(
                              () => api.call('removeTracker', { params: { team: tracker.team } }),
                              `Tracker of ${tracker.team} removed; linked issues stay linked.`,
                            )
                          }
                        >
                          Remove<span className="visually-hidden"> tracker of {tracker.team}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        <TrackerForm
          trackers={trackers.resource.state === 'ready' ? trackers.resource.value : []}
          onSaved={(team) => act(() => Promise.resolve(), `Tracker of ${team} saved.`)}
        />
      </section>
    </section>
  );
}

type Target = Awaited<
  ReturnType<typeof api.call<'listNotificationTargets'>>
>['data']['items'][number];

function TargetTable({ targets, act }: { targets: Target[]; act: Act }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Notification targets</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Sends to</th>
            <th scope="col">Events</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => (
            <tr key={target.name}>
              <td className="mono">{target.name}</td>
              <td>{target.type === 'webhook' ? 'outgoing webhook' : target.type}</td>
              <td className="mono">
                {target.type === 'email' ? target.to.join(', ') : target.url}
              </td>
              <td>{target.events === '*' ? 'all' : target.events.join(', ')}</td>
              <td className="button-row">
                <button
                  type="button"
                  onClick={() =>
                    void act(
                      () => api.call('testNotificationTarget', { params: { name: target.name } }),
                      `Test message to ${target.name} queued; see the delivery log.`,
                    )
                  }
                >
                  Test<span className="visually-hidden"> {target.name}</span>
                </button>
                <button
                  type="button"
                  onClick={() =>
                    void act(
                      () => api.call('removeNotificationTarget', { params: { name: target.name } }),
                      `Target ${target.name} removed.`,
                    )
                  }
                >
                  Remove<span className="visually-hidden"> {target.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
