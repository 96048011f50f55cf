import { weekdays, type DecisionPolicy } from '@aftermath/domain';
import { useState, type ReactNode } from 'react';
import { api } from '../../../api/client';
import { useFormSubmit } from '../../../api/use-form-submit';
import { Field } from '../../../ui/field';
import { Notice } from '../../../ui/states';

const severities = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;

/** The API paths this form shows under a field (deepest: `review.approvals.SEV1`). */
const shownFields = [
  'full.maxSeverity',
  'otherwise',
  'deadlines.draftHours',
  'deadlines.finalDays',
  'recurrence.windowDays',
  'recurrence.escalateAbove',
  ...severities.map((severity) => `review.approvals.${severity}`),
  'reports.weekly.day',
  'reports.weekly.hourUtc',
];

/** A whole number typed into a field; the text itself when it is not one, for the API to name. */
const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

function NumberField({
  label,
  hint,
  error,
  value,
  onChange,
}: {
  label: string;
  hint?: ReactNode;
  error: string | undefined;
  value: number;
  onChange: (value: number) => void;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(props) => (
        <input
          {...props}
          type="number"
          inputMode="numeric"
          value={Number.isNaN(value) ? '' : value}
          onChange={(event) => onChange(numberOf(event.target.value))}
        />
      )}
    </Field>
  );
}

/**
 * The parts of the decision policy people change most, as a form: when a full postmortem is
 * required, the deadlines, approvals per severity, recurrence and the weekly report. Saving
 * sends the whole policy back with these changed, so the parts edited as YAML are kept.
 */
export function PolicyForm({
  policy,
  onSaving,
  onSaved,
}: {
  policy: DecisionPolicy;
  /** A save starts: an earlier "saved" message no longer applies. */
  onSaving: () => void;
  onSaved: (saved: DecisionPolicy) => void;
}) {
  const [draft, setDraft] = useState(policy);
  const { busy, failure, errors, submit } = useFormSubmit({ fields: shownFields, depth: 3 });
  const change = (next: (current: DecisionPolicy) => DecisionPolicy) => setDraft(next);
  const weekly = draft.reports.weekly;

  return (
    <form
      className="policy-form"
      aria-label="Edit the decision policy"
      onSubmit={(event) => {
        event.preventDefault();
        onSaving();
        void submit(async () => {
          const { data } = await api.call('setDecisionPolicy', { body: draft });
          onSaved(data);
        });
      }}
    >
      {failure && <Notice tone="error">{failure.message}</Notice>}
      <fieldset>
        <legend>When a postmortem is required</legend>
        <Field
          label="Full postmortem from severity"
          hint="This severity and the ones above it always get a full postmortem."
          error={errors['full.maxSeverity']}
        >
          {(props) => (
            <select
              {...props}
              value={draft.full.maxSeverity ?? ''}
              onChange={(event) => {
                const value = event.target.value;
                const maxSeverity = severities.find((severity) => severity === value) ?? null;
                change((current) => ({ ...current, full: { ...current.full, maxSeverity } }));
              }}
            >
              {severities.map((severity) => (
                <option key={severity} value={severity}>
                  {severity}
                </option>
              ))}
              <option value="">No severity rule</option>
            </select>
          )}
        </Field>
        <Field
          label="Any other incident gets"
          hint="When no rule (severity, SLO violation, recurrence) asks for more."
          error={errors.otherwise}
        >
          {(props) => (
            <select
              {...props}
              value={draft.otherwise}
              onChange={(event) => {
                const otherwise = event.target.value as DecisionPolicy['otherwise'];
                change((current) => ({ ...current, otherwise }));
              }}
            >
              <option value="full">A full postmortem</option>
              <option value="lightweight">A lightweight note</option>
              <option value="none">Nothing</option>
            </select>
          )}
        </Field>
      </fieldset>
      <fieldset>
        <legend>Deadlines after resolution</legend>
        <NumberField
          label="Draft within (hours)"
          error={errors['deadlines.draftHours']}
          value={draft.deadlines.draftHours}
          onChange={(draftHours) =>
            change((current) => ({ ...current, deadlines: { ...current.deadlines, draftHours } }))
          }
        />
        <NumberField
          label="Published within (days)"
          error={errors['deadlines.finalDays']}
          value={draft.deadlines.finalDays}
          onChange={(finalDays) =>
            change((current) => ({ ...current, deadlines: { ...current.deadlines, finalDays } }))
          }
        />
      </fieldset>
      <fieldset>
        <legend>Approvals before a postmortem is approved</legend>
        {severities.map((severity) => (
          <NumberField
            key={severity}
            label={severity}
            hint={severity === 'SEV1' ? '0: no approval needed.' : undefined}
            error={errors[`review.approvals.${severity}`]}
            value={draft.review.approvals[severity]}
            onChange={(count) =>
              change((current) => ({
                ...current,
                review: { approvals: { ...current.review.approvals, [severity]: count } },
              }))
            }
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>Recurrence</legend>
        <NumberField
          label="Window (days)"
          error={errors['recurrence.windowDays']}
          value={draft.recurrence.windowDays}
          onChange={(windowDays) =>
            change((current) => ({ ...current, recurrence: { ...current.recurrence, windowDays } }))
          }
        />
        <NumberField
          label="Full postmortem after more than (occurrences)"
          hint="This incident included."
          error={errors['recurrence.escalateAbove']}
          value={draft.recurrence.escalateAbove}
          onChange={(escalateAbove) =>
            change((current) => ({
              ...current,
              recurrence: { ...current.recurrence, escalateAbove },
            }))
          }
        />
      </fieldset>
      <fieldset>
        <legend>Weekly report</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={weekly.enabled}
            onChange={(event) => {
              const enabled = event.target.checked;
              change((current) => ({
                ...current,
                reports: { ...current.reports, weekly: { ...current.reports.weekly, enabled } },
              }));
            }}
          />
          Send the weekly report to the notification targets that take reports
        </label>
        <Field label="Day" error={errors['reports.weekly.day']}>
          {(props) => (
            <select
              {...props}
              value={weekly.day}
              onChange={(event) => {
                const day = weekdays.find((name) => name === event.target.value) ?? weekly.day;
                change((current) => ({
                  ...current,
                  reports: { ...current.reports, weekly: { ...current.reports.weekly, day } },
                }));
              }}
            >
              {weekdays.map((day) => (
                <option key={day} value={day}>
                  {day[0]?.toUpperCase()}
                  {day.slice(1)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <NumberField
          label="Hour (UTC)"
          error={errors['reports.weekly.hourUtc']}
          value={weekly.hourUtc}
          onChange={(hourUtc) =>
            change((current) => ({
              ...current,
              reports: { ...current.reports, weekly: { ...current.reports.weekly, hourUtc } },
            }))
          }
        />
      </fieldset>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Saving…' : 'Save policy'}
      </button>
    </form>
  );
}
