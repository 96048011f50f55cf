import { useState } from 'react';
import { api } from '../../../api/client';
import { formatDateTime } from '../../../lib/datetime';
import { Notice } from '../../../ui/states';
import { MaintenanceForm } from './maintenance-form';
import { RuleForm, formatMatch } from './rule-form';
import { itemFailureOf, type ItemFailure } from './routing-errors';
import type { MaintenanceWindow, Routing, Rule } from './webhook-types';
import { TableHead } from '../../../ui/table-head';

/** A "Remove" link-button whose accessible name says what it removes. */
function RemoveButton({
  what,
  busy,
  onClick,
}: {
  what: string;
  busy: boolean;
  onClick: () => void;
}) {
  return (
    <button type="button" className="link-button" disabled={busy} onClick={onClick}>
      Remove<span className="visually-hidden"> {what}</span>
    </button>
  );
}

type Adding = { list: 'rules' | 'maintenance'; failure: ItemFailure } | null;

/**
 * The routing rules (first match wins) and maintenance windows, edited item by item: every
 * change saves the whole document, which the server validates whole, so a refused change leaves
 * the saved rules as they were.
 */
export function WebhookRouting({
  routing,
  onSaved,
}: {
  routing: Routing;
  onSaved: (routing: Routing) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<Adding>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const save = async (
    next: Routing,
    list: 'rules' | 'maintenance',
    index: number,
    done: string,
  ) => {
    setBusy(true);
    setSaved(null);
    try {
      const { data } = await api.call('setWebhookRouting', { body: next });
      onSaved(data);
      setFailed(null);
      setSaved(done);
      return true;
    } catch (error) {
      setFailed({ list, failure: itemFailureOf(error, list, index) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  const addRule = (rule: Rule) =>
    save(
      { ...routing, rules: [...routing.rules, rule] },
      'rules',
      routing.rules.length,
      `Rule "${rule.name}" added.`,
    );
  const addWindow = (window: MaintenanceWindow) =>
    save(
      { ...routing, maintenance: [...routing.maintenance, window] },
      'maintenance',
      routing.maintenance.length,
      `Maintenance window for ${window.service} added.`,
    );
  const remove = (list: 'rules' | 'maintenance', index: number, done: string) =>
    list === 'rules'
      ? save({ ...routing, rules: routing.rules.filter((_, at) => at !== index) }, list, -1, done)
      : save(
          { ...routing, maintenance: routing.maintenance.filter((_, at) => at !== index) },
          list,
          -1,
          done,
        );
  const errorsFor = (list: 'rules' | 'maintenance') =>
    failed?.list === list ? failed.failure.fields : {};
  return (
    <section aria-labelledby="webhook-routing-title" className="settings-section">
      <h2 id="webhook-routing-title">Routing rules</h2>
      <p className="muted">
        An alert joins a related open incident (same group, or same service within{' '}
        {routing.groupWindowMinutes} minutes); otherwise the first rule it matches decides whether
        it opens one. Bodies over {Math.round(routing.bodyLimitBytes / 1024)} KiB are refused.
      </p>
      {saved && <Notice tone="success">{saved}</Notice>}
      {routing.rules.length === 0 ? (
        <p className="empty-state">
          No rules yet: alerts only join incidents that are already open. Add a rule below to open
          incidents for, say, <code>severity=critical</code>.
        </p>
      ) : (
        <table className="table routing-rules">
          <TableHead columns={['Rule', 'Matches', 'Then', 'Service', { hidden: 'Actions' }]} />
          <tbody>
            {routing.rules.map((rule, index) => (
              <tr key={`${rule.name}-${index}`}>
                <th scope="row">{rule.name}</th>
                <td className="mono">{formatMatch(rule.match)}</td>
                <td>
                  {rule.open ? `opens a ${rule.severity} incident` : 'joins open incidents only'}
                </td>
                <td>{rule.service ?? 'from the alert'}</td>
                <td>
                  <RemoveButton
                    what={`rule ${rule.name}`}
                    busy={busy}
                    onClick={() => void remove('rules', index, `Rule "${rule.name}" removed.`)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {failed?.list === 'rules' && <Notice tone="error">{failed.failure.message}</Notice>}
      <RuleForm errors={errorsFor('rules')} busy={busy} onAdd={addRule} />

      <h2 id="webhook-maintenance-title">Maintenance windows</h2>
      {routing.maintenance.length === 0 ? (
        <p className="empty-state">
          No maintenance windows. During one, alerts for the service open no incident but are still
          recorded as suppressed deliveries.
        </p>
      ) : (
        <ul className="maintenance-list" aria-labelledby="webhook-maintenance-title">
          {routing.maintenance.map((window, index) => (
            <li key={`${window.service}-${window.from}-${index}`}>
              <strong>{window.service}</strong> {formatDateTime(window.from)} –{' '}
              {formatDateTime(window.to)}
              {window.reason && <span className="muted"> ({window.reason})</span>}{' '}
              <RemoveButton
                what={`window for ${window.service}`}
                busy={busy}
                onClick={() =>
                  void remove(
                    'maintenance',
                    index,
                    `Maintenance window for ${window.service} removed.`,
                  )
                }
              />
            </li>
          ))}
        </ul>
      )}
      {failed?.list === 'maintenance' && <Notice tone="error">{failed.failure.message}</Notice>}
      <MaintenanceForm errors={errorsFor('maintenance')} busy={busy} onAdd={addWindow} />
    </section>
  );
}
