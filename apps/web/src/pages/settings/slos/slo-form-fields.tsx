import { Field } from '../../../ui/field';
import type { SloFormValues } from './slo-form-values';

/** How a field group changes one value of the form. */
export type Setter = <K extends keyof SloFormValues>(key: K, value: SloFormValues[K]) => void;

/** What each group of fields gets: the values, a setter and the API's messages by field. */
export interface FieldsProps {
  values: SloFormValues;
  set: Setter;
  errors: Record<string, string>;
}

export function SloIdentityFields({
  values,
  set,
  errors,
  editing,
}: FieldsProps & { editing: boolean }) {
  return (
    <div className="form-row">
      <Field
        label="Name"
        hint={editing ? 'An SLO keeps its name' : 'lower-case, e.g. checkout-availability'}
        error={errors.name}
      >
        {(props) => (
          <input
            {...props}
            value={values.name}
            readOnly={editing}
            required
            onChange={(e) => set('name', e.target.value)}
          />
        )}
      </Field>
      <Field label="Display name" error={errors.displayName}>
        {(props) => (
          <input
            {...props}
            value={values.displayName}
            onChange={(e) => set('displayName', e.target.value)}
          />
        )}
      </Field>
      <Field label="Service" hint="created when it does not exist yet" error={errors.service}>
        {(props) => (
          <input
            {...props}
            value={values.service}
            required
            onChange={(e) => set('service', e.target.value)}
          />
        )}
      </Field>
    </div>
  );
}

export function SloIndicatorFields({ values, set, errors }: FieldsProps) {
  const ratio = values.indicatorKind === 'ratio';
  return (
    <fieldset className="subform">
      <legend className="visually-hidden">Indicator</legend>
      <h3>Indicator (SLI)</h3>
      <div className="form-row">
        <Field label="Kind" hint="a share of good events, or a measured value">
          {(props) => (
            <select
              {...props}
              value={values.indicatorKind}
              onChange={(e) => set('indicatorKind', e.target.value as 'ratio' | 'threshold')}
            >
              <option value="ratio">Ratio of events</option>
              <option value="threshold">Threshold on a value</option>
            </select>
          )}
        </Field>
        {ratio && (
          <Field label="The first query counts">
            {(props) => (
              <select
                {...props}
                value={values.counts}
                onChange={(e) => set('counts', e.target.value as 'good' | 'bad')}
              >
                <option value="good">Good events</option>
                <option value="bad">Bad events</option>
              </select>
            )}
          </Field>
        )}
      </div>
      {ratio ? (
        <div className="form-row">
          <Field
            label={values.counts === 'good' ? 'Good events query' : 'Bad events query'}
            hint='PromQL, e.g. sum(rate(http_requests_total{code!~"5.."}[5m]))'
            error={errors.eventsQuery}
          >
            {(props) => (
              <input
                {...props}
                className="mono"
                value={values.eventsQuery}
                onChange={(e) => set('eventsQuery', e.target.value)}
              />
            )}
          </Field>
          <Field label="Total events query" error={errors.totalQuery}>
            {(props) => (
              <input
                {...props}
                className="mono"
                value={values.totalQuery}
                onChange={(e) => set('totalQuery', e.target.value)}
              />
            )}
          </Field>
        </div>
      ) : (
        <div className="form-row">
          <Field label="Value query" hint="PromQL, e.g. a p99 latency" error={errors.valueQuery}>
            {(props) => (
              <input
                {...props}
                className="mono"
                value={values.valueQuery}
                onChange={(e) => set('valueQuery', e.target.value)}
              />
            )}
          </Field>
        </div>
      )}
    </fieldset>
  );
}

/** The window and budgeting method every objective shares, and the SLO-triggered incident. */
export function SloWindowFields({ values, set, errors }: FieldsProps) {
  return (
    <fieldset className="subform">
      <legend className="visually-hidden">Window and budget</legend>
      <h3>Window and budget</h3>
      <div className="form-row">
        <Field label="Window">
          {(props) => (
            <select
              {...props}
              value={values.windowKind}
              onChange={(e) => set('windowKind', e.target.value as 'rolling' | 'calendar')}
            >
              <option value="rolling">Rolling</option>
              <option value="calendar">Calendar</option>
            </select>
          )}
        </Field>
        <Field label="Window length" hint="e.g. 28d, 1w, 1M" error={errors.duration}>
          {(props) => (
            <input
              {...props}
              value={values.duration}
              onChange={(e) => set('duration', e.target.value)}
            />
          )}
        </Field>
        <Field label="Budgeting method" error={errors.budgetingMethod}>
          {(props) => (
            <select
              {...props}
              value={values.budgetingMethod}
              onChange={(e) =>
                set('budgetingMethod', e.target.value as SloFormValues['budgetingMethod'])
              }
            >
              <option value="Occurrences">Occurrences (events)</option>
              <option value="Timeslices">Timeslices</option>
              <option value="RatioTimeslices">Ratio timeslices</option>
            </select>
          )}
        </Field>
      </div>
      {values.windowKind === 'calendar' && (
        <div className="form-row">
          <Field
            label="First period starts"
            hint="UTC, e.g. 2026-01-01T00:00:00Z"
            error={errors.startTime}
          >
            {(props) => (
              <input
                {...props}
                value={values.startTime}
                onChange={(e) => set('startTime', e.target.value)}
              />
            )}
          </Field>
          <Field label="Time zone" hint="IANA, e.g. Europe/Berlin" error={errors.timeZone}>
            {(props) => (
              <input
                {...props}
                value={values.timeZone}
                onChange={(e) => set('timeZone', e.target.value)}
              />
            )}
          </Field>
        </div>
      )}
      <label className="checkbox-line">
        <input
          type="checkbox"
          checked={values.openIncidentOnPage}
          onChange={(e) => set('openIncidentOnPage', e.target.checked)}
        />{' '}
        Open an incident when the page-level burn rate fires
      </label>
    </fieldset>
  );
}
