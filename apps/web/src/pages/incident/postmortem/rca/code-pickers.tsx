import type { RcaTaxonomy, RcaTaxonomyEntry, RootCauseAnalysis } from '@aftermath/domain';
import { useId } from 'react';

/** Entries a picker offers: active ones, plus a retired one that is already chosen. */
function offered(list: readonly RcaTaxonomyEntry[], chosen: readonly string[]) {
  return list.filter((entry) => !entry.retired || chosen.includes(entry.code));
}

/** The trigger (one code) and the root causes (several codes) from the workspace taxonomy. */
export function CodePickers({
  taxonomy,
  rca,
  onChange,
}: {
  taxonomy: RcaTaxonomy;
  rca: RootCauseAnalysis;
  onChange: (rca: RootCauseAnalysis) => void;
}) {
  const id = useId();
  const trigger = rca.trigger === null ? [] : [rca.trigger];
  const triggerHelp = taxonomy.triggers.find((e) => e.code === rca.trigger)?.description;
  return (
    <div className="rca-codes">
      <div className="field">
        <label htmlFor={`${id}-trigger`}>Trigger</label>
        <select
          id={`${id}-trigger`}
          value={rca.trigger ?? ''}
          onChange={(event) => onChange({ ...rca, trigger: event.target.value || null })}
        >
          <option value="">— not coded yet —</option>
          {offered(taxonomy.triggers, trigger).map((entry) => (
            <option key={entry.code} value={entry.code} title={entry.description}>
              {entry.label}
            </option>
          ))}
        </select>
        <p className="muted small">{triggerHelp ?? 'What set the incident off.'}</p>
      </div>
      <fieldset className="rca-root-causes">
        <legend>Root causes</legend>
        {offered(taxonomy.rootCauses, rca.rootCauses).map((entry) => (
          <label key={entry.code} className="check" title={entry.description}>
            <input
              type="checkbox"
              checked={rca.rootCauses.includes(entry.code)}
              onChange={(event) =>
                onChange({
                  ...rca,
                  rootCauses: event.target.checked
                    ? [...rca.rootCauses, entry.code]
                    : rca.rootCauses.filter((code) => code !== entry.code),
                })
              }
            />
            {entry.label}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
