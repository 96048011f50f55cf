import { Field } from '../../../ui/field';
import type { FieldsProps } from './slo-form-fields';
import { newObjective, type ObjectiveValues, type SloFormValues } from './slo-form-values';

type Op = ObjectiveValues['op'];

/**
 * Every objective of the SLO, one row each (an OpenSLO SLO may have several, e.g. 99 % and
 * 99.9 %); rows are added and removed here, and each shows the API's errors for its own fields
 * (`objectives.1.target` lands under the second row's target).
 */
export function SloObjectiveRows({ values, set, errors }: FieldsProps) {
  const rows = values.objectives;
  const change = (index: number, patch: Partial<ObjectiveValues>) =>
    set(
      'objectives',
      rows.map((row, at) => (at === index ? { ...row, ...patch } : row)),
    );
  return (
    <fieldset className="subform">
      <legend className="visually-hidden">Objectives</legend>
      <h3>Objectives</h3>
      {errors.objectives && <p className="field-error">{errors.objectives}</p>}
      {rows.map((row, index) => (
        <ObjectiveRow
          key={row.key}
          row={row}
          index={index}
          values={values}
          errors={errors}
          onChange={(patch) => change(index, patch)}
          onRemove={
            rows.length > 1
              ? () =>
                  set(
                    'objectives',
                    rows.filter((_, at) => at !== index),
                  )
              : null
          }
        />
      ))}
      <div>
        <button
          type="button"
          onClick={() =>
            set('objectives', [...rows, newObjective({ name: `objective-${rows.length + 1}` })])
          }
        >
          Add objective
        </button>
      </div>
    </fieldset>
  );
}

function ObjectiveRow({
  row,
  index,
  values,
  errors,
  onChange,
  onRemove,
}: {
  row: ObjectiveValues;
  index: number;
  values: SloFormValues;
  errors: Record<string, string>;
  onChange: (patch: Partial<ObjectiveValues>) => void;
  onRemove: (() => void) | null;
}) {
  const error = (field: string) => errors[`objectives.${index}.${field}`];
  const text = (field: keyof ObjectiveValues) => ({
    value: String(row[field]),
    onChange: (e: { target: { value: string } }) => onChange({ [field]: e.target.value }),
  });
  return (
    <fieldset className="objective-row" aria-label={`Objective ${index + 1}`}>
      <legend>Objective {index + 1}</legend>
      <div className="form-row">
        <Field label="Objective name" error={error('name')}>
          {(props) => <input {...props} {...text('name')} />}
        </Field>
        <Field label="Target (%)" hint="e.g. 99.9" error={error('target')}>
          {(props) => <input {...props} inputMode="decimal" {...text('targetPercent')} />}
        </Field>
        {values.indicatorKind === 'threshold' && (
          <>
            <Field label="A sample is good when the value is" error={error('op')}>
              {(props) => (
                <select
                  {...props}
                  value={row.op}
                  onChange={(e) => onChange({ op: e.target.value as Op })}
                >
                  <option value="lt">below</option>
                  <option value="lte">at most</option>
                  <option value="gt">above</option>
                  <option value="gte">at least</option>
                </select>
              )}
            </Field>
            <Field label="Threshold" error={error('value')}>
              {(props) => <input {...props} inputMode="decimal" {...text('threshold')} />}
            </Field>
          </>
        )}
        {values.budgetingMethod !== 'Occurrences' && (
          <Field label="Slice length" hint="e.g. 5m" error={error('timeSliceWindow')}>
            {(props) => <input {...props} {...text('timeSliceWindow')} />}
          </Field>
        )}
        {values.budgetingMethod === 'Timeslices' && (
          <Field label="A slice is good at (%)" hint="e.g. 95" error={error('timeSliceTarget')}>
            {(props) => (
              <input {...props} inputMode="decimal" {...text('timeSliceTargetPercent')} />
            )}
          </Field>
        )}
      </div>
      {onRemove && (
        <button type="button" className="link-button" onClick={onRemove}>
          Remove objective {index + 1}
        </button>
      )}
    </fieldset>
  );
}
