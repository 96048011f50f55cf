import {
  contributingFactorCategory,
  type ContributingFactor,
  type RootCauseAnalysis,
  type TimelineEntry,
} from '@aftermath/domain';
import { EntryCitations } from './entry-citations';
import { newFactor, removeAt, replaceAt } from './rca-draft';

const categoryLabels: Record<ContributingFactor['category'], string> = {
  detection: 'Detection',
  tooling: 'Tooling',
  process: 'Process',
  architecture: 'Architecture',
  dependency: 'Dependency',
  capacity: 'Capacity',
  'change-management': 'Change management',
  communication: 'Communication',
  documentation: 'Documentation',
};

/** Contributing factors: a category, what it was, and the timeline entries that show it. */
export function FactorsEditor({
  rca,
  entries,
  onChange,
}: {
  rca: RootCauseAnalysis;
  entries: readonly TimelineEntry[];
  onChange: (rca: RootCauseAnalysis) => void;
}) {
  const setFactor = (index: number, factor: ContributingFactor) =>
    onChange({ ...rca, factors: replaceAt(rca.factors, index, factor) });
  return (
    <section className="rca-block" aria-labelledby="rca-factors-title">
      <h4 id="rca-factors-title">Contributing factors</h4>
      {rca.factors.length === 0 && (
        <p className="muted small">
          What made the incident more likely or worse, beyond its trigger and root causes.
        </p>
      )}
      <ol className="rca-list">
        {rca.factors.map((factor, index) => (
          <li key={factor.id} className="rca-item" aria-label={`Factor ${index + 1}`}>
            <label>
              <span>Category</span>
              <select
                value={factor.category}
                onChange={(event) =>
                  setFactor(index, {
                    ...factor,
                    category: event.target.value as ContributingFactor['category'],
                  })
                }
              >
                {contributingFactorCategory.options.map((category) => (
                  <option key={category} value={category}>
                    {categoryLabels[category]}
                  </option>
                ))}
              </select>
            </label>
            <label className="rca-grow">
              <span>Factor</span>
              <textarea
                rows={2}
                value={factor.description}
                placeholder="What made it more likely or worse…"
                onChange={(event) =>
                  setFactor(index, { ...factor, description: event.target.value })
                }
              />
            </label>
            <EntryCitations
              label="Cited timeline entries"
              entries={entries}
              selected={factor.entryIds}
              onChange={(entryIds) => setFactor(index, { ...factor, entryIds })}
            />
            <button
              type="button"
              className="link-button"
              onClick={() => onChange({ ...rca, factors: removeAt(rca.factors, index) })}
            >
              Remove factor
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => onChange({ ...rca, factors: [...rca.factors, newFactor(rca)] })}
      >
        Add factor
      </button>
    </section>
  );
}
