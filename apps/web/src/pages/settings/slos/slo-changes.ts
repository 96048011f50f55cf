import { formatPercent, type SloDefinition } from './slo-types';

/** One field someone else changed: its label, the value this person loaded, and the saved one. */
export interface SloChange {
  label: string;
  before: string;
  after: string;
}

const shown = (value: string | number | null | undefined): string =>
  value === null || value === undefined || value === '' ? '(none)' : String(value);

function describeObjectives(slo: SloDefinition): [string, string][] {
  return slo.objectives.flatMap((objective, index) => {
    const label = `Objective ${index + 1}`;
    return [
      [`${label} name`, objective.name],
      [`${label} target (%)`, formatPercent(objective.target)],
      [`${label} comparison`, shown(objective.op)],
      [`${label} threshold`, shown(objective.value)],
      [`${label} slice length`, shown(objective.timeSliceWindow)],
      [
        `${label} slice good at (%)`,
        objective.timeSliceTarget === null ? '(none)' : formatPercent(objective.timeSliceTarget),
      ],
    ];
  });
}

// Every field the form shows, as label → text, so two versions compare line by line.
function describeSlo(slo: SloDefinition): Map<string, string> {
  const indicator = slo.indicator;
  const window = slo.window;
  return new Map<string, string>([
    ['Display name', shown(slo.displayName)],
    ['Service', slo.service],
    ['Description', shown(slo.description)],
    ['Indicator kind', indicator.kind],
    ...(indicator.kind === 'ratio'
      ? ([
          ['The first query counts', indicator.counts],
          ['Events query', shown(indicator.events.query)],
          ['Total events query', shown(indicator.total.query)],
        ] as [string, string][])
      : ([['Value query', shown(indicator.value.query)]] as [string, string][])),
    ['Window', `${window.kind} ${window.duration}`],
    ...(window.kind === 'calendar'
      ? ([
          ['First period starts', window.startTime],
          ['Time zone', window.timeZone],
        ] as [string, string][])
      : []),
    ['Budgeting method', slo.budgetingMethod],
    ['Number of objectives', String(slo.objectives.length)],
    ...describeObjectives(slo),
    ['Open an incident on page', slo.openIncidentOnPage ? 'yes' : 'no'],
  ]);
}

/**
 * What differs between the version a person loaded and the one saved since, field by field in
 * the form's words. A field only one side has (an objective added or removed) shows `(none)`
 * on the other.
 *
 * @example listSloChanges(loaded, latest) // [{ label: 'Objective 2 target (%)', before: '99.9', after: '99.5' }]
 */
export function listSloChanges(loaded: SloDefinition, latest: SloDefinition): SloChange[] {
  const before = describeSlo(loaded);
  const after = describeSlo(latest);
  const labels = [...new Set([...before.keys(), ...after.keys()])];
  return labels
    .map((label) => ({
      label,
      before: before.get(label) ?? '(none)',
      after: after.get(label) ?? '(none)',
    }))
    .filter((change) => change.before !== change.after);
}
