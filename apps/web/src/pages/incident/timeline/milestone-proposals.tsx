import { useState, type FormEvent } from 'react';
import { describeError, isVersionConflict } from '../../../api/client';
import { useConflict } from '../../../api/use-conflict';
import { formatDateTime, fromLocalInput, toLocalInput } from '../../../lib/datetime';
import { milestoneLabels } from '../../../lib/labels';
import { ConflictNotice } from '../../../ui/conflict-notice';
import { Field } from '../../../ui/field';
import { Notice } from '../../../ui/states';
import type { DecideMilestone } from '../use-incident';
import {
  entryAnchor,
  proposableNames,
  type MilestoneName,
  type TimelineViewData,
} from './timeline-view-types';
import { TableHead } from '../../../ui/table-head';

const stateLabels = {
  accepted: 'accepted',
  overridden: 'overridden',
  recorded: 'set by hand',
  unset: 'not set',
} as const;

function OverrideForm(props: {
  name: MilestoneName;
  current: string | null;
  onSubmit: (at: string | null, reason: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [at, setAt] = useState(toLocalInput(props.current));
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const when = at === '' ? null : fromLocalInput(at);
    if (at !== '' && when === null) return;
    void props.onSubmit(when, reason);
  };
  const label = milestoneLabels[props.name];
  return (
    <form className="override-form" aria-label={`Override ${label}`} onSubmit={submit}>
      <Field label={`${label} at (local; empty = not reached)`}>
        {(p) => (
          <input
            {...p}
            type="datetime-local"
            step={1}
            value={at}
            onChange={(e) => setAt(e.target.value)}
          />
        )}
      </Field>
      <Field label="Why (optional)">
        {(p) => (
          <input
            {...p}
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="primary">
          Save {label}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function entryTitle(view: TimelineViewData, id: string): string {
  return view.entries.find((entry) => entry.id === id)?.title ?? id;
}

/**
 * Each milestone: the incident's time, the time evidence proposes with the entry that set it,
 * whether a person accepted or overrode it, and the controls to do so.
 */
export function MilestoneProposals({
  view,
  decide,
  onReload,
}: {
  view: TimelineViewData;
  decide: DecideMilestone;
  onReload: () => unknown;
}) {
  const [overriding, setOverriding] = useState<MilestoneName | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const conflict = useConflict();
  const run = async (name: MilestoneName, body: Parameters<DecideMilestone>[1]) => {
    setFailure(null);
    try {
      await decide(name, body);
      setOverriding(null);
      conflict.clear();
    } catch (error) {
      if (isVersionConflict(error)) conflict.raise();
      else setFailure(describeError(error));
    }
  };
  return (
    <section className="milestone-proposals" aria-labelledby="proposals-title">
      <h3 id="proposals-title">Milestones from evidence</h3>
      {conflict.state !== 'none' && (
        <ConflictNotice
          what="this incident"
          loaded={conflict.state === 'loaded'}
          onLoadLatest={async () => {
            await onReload();
            conflict.loaded();
          }}
        />
      )}
      {failure && <Notice tone="error">{failure}</Notice>}
      <div className="proposal-scroll">
        <table className="proposal-table">
          <TableHead
            columns={['Milestone', 'Incident', 'Proposed', 'Decision', { hidden: 'Actions' }]}
          />
          <tbody>
            {proposableNames.map((name) => {
              const proposal = view.milestones.proposed[name];
              const current = view.milestones.recorded[name];
              const { state, decision } = view.milestones.decisions[name];
              const label = milestoneLabels[name];
              return (
                <tr key={name} data-milestone={name}>
                  <th scope="row">{label}</th>
                  <td className="incident-value">
                    {current ? formatDateTime(current) : 'not set'}
                  </td>
                  <td>
                    {proposal ? (
                      <>
                        {formatDateTime(proposal.at)}
                        <br />
                        <span className="small">
                          set by{' '}
                          <a href={`#${entryAnchor(proposal.entryId)}`} title={proposal.reason}>
                            {entryTitle(view, proposal.entryId)}
                          </a>
                        </span>
                      </>
                    ) : (
                      <span className="muted">no evidence yet</span>
                    )}
                  </td>
                  <td className="decision-state">
                    {stateLabels[state]}
                    {decision?.decidedBy && state !== 'recorded' && state !== 'unset' && (
                      <span className="muted small"> by {decision.decidedBy}</span>
                    )}
                    {decision?.reason && state === 'overridden' && (
                      <span className="muted small">: {decision.reason}</span>
                    )}
                  </td>
                  <td className="button-row">
                    <button
                      type="button"
                      disabled={!proposal || (state === 'accepted' && current === proposal.at)}
                      onClick={() => void run(name, { decision: 'accept' })}
                    >
                      Accept<span className="visually-hidden"> {label}</span>
                    </button>
                    <button type="button" onClick={() => setOverriding(name)}>
                      Override<span className="visually-hidden"> {label}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {overriding && (
        <OverrideForm
          key={overriding}
          name={overriding}
          current={view.milestones.recorded[overriding]}
          onCancel={() => setOverriding(null)}
          onSubmit={(at, reason) =>
            run(overriding, {
              decision: 'override',
              at,
              ...(reason.trim() === '' ? {} : { reason }),
            })
          }
        />
      )}
    </section>
  );
}
