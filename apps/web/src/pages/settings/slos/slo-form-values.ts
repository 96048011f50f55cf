import { formatPercent, type SloDefinition } from './slo-types';

/** What the SLO form holds: strings as typed, turned into a definition only on save. */
export interface SloFormValues {
  name: string;
  displayName: string;
  service: string;
  description: string;
  indicatorKind: 'ratio' | 'threshold';
  counts: 'good' | 'bad';
  eventsQuery: string;
  totalQuery: string;
  valueQuery: string;
  op: 'lt' | 'lte' | 'gt' | 'gte';
  threshold: string;
  targetPercent: string;
  windowKind: 'rolling' | 'calendar';
  duration: string;
  startTime: string;
  timeZone: string;
  budgetingMethod: SloDefinition['budgetingMethod'];
  timeSliceWindow: string;
  timeSliceTargetPercent: string;
  openIncidentOnPage: boolean;
}

/** A new SLO's starting values: 99.9 % of events good over a rolling 28 days. */
export const emptySloForm: SloFormValues = {
  name: '',
  displayName: '',
  service: '',
  description: '',
  indicatorKind: 'ratio',
  counts: 'good',
  eventsQuery: '',
  totalQuery: '',
  valueQuery: '',
  op: 'lte',
  threshold: '',
  targetPercent: '99.9',
  windowKind: 'rolling',
  duration: '28d',
  startTime: '',
  timeZone: 'UTC',
  budgetingMethod: 'Occurrences',
  timeSliceWindow: '',
  timeSliceTargetPercent: '',
  openIncidentOnPage: false,
};

/** The form's values for a stored definition (its first objective; the form edits one). */
export function formValuesOf(slo: SloDefinition): SloFormValues {
  const objective = slo.objectives[0];
  const indicator = slo.indicator;
  return {
    ...emptySloForm,
    name: slo.name,
    displayName: slo.displayName ?? '',
    service: slo.service,
    description: slo.description,
    indicatorKind: indicator.kind,
    ...(indicator.kind === 'ratio'
      ? {
          counts: indicator.counts,
          eventsQuery: indicator.events.query ?? '',
          totalQuery: indicator.total.query ?? '',
        }
      : { valueQuery: indicator.value.query ?? '' }),
    op: objective?.op ?? 'lte',
    threshold: objective?.value == null ? '' : String(objective.value),
    targetPercent: objective ? formatPercent(objective.target) : '',
    windowKind: slo.window.kind,
    duration: slo.window.duration,
    ...(slo.window.kind === 'calendar'
      ? { startTime: slo.window.startTime, timeZone: slo.window.timeZone }
      : {}),
    budgetingMethod: slo.budgetingMethod,
    timeSliceWindow: objective?.timeSliceWindow ?? '',
    timeSliceTargetPercent:
      objective?.timeSliceTarget == null ? '' : formatPercent(objective.timeSliceTarget),
    openIncidentOnPage: slo.openIncidentOnPage,
  };
}

// A blank number stays blank (null) so the API names the field instead of reading 0.
function numberOrNull(text: string, scale = 1): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? Number((value * scale).toPrecision(12)) : Number.NaN;
}

const metric = (query: string) => ({ sourceType: 'Prometheus', query: query.trim() || null });

/**
 * The definition the API receives. Every rule is checked by the server (the domain schema the
 * OpenSLO import also meets); the form only shapes the values. Objectives after the first (from
 * an import) are kept as they were.
 */
export function definitionOf(values: SloFormValues, previous: SloDefinition | null) {
  const sliced = values.budgetingMethod !== 'Occurrences';
  const indicatorName = previous?.indicator.name ?? `${values.name.trim() || 'slo'}-sli`;
  const first = {
    name: previous?.objectives[0]?.name ?? 'objective-1',
    target: numberOrNull(values.targetPercent, 0.01),
    op: values.indicatorKind === 'threshold' ? values.op : null,
    value: values.indicatorKind === 'threshold' ? numberOrNull(values.threshold) : null,
    timeSliceTarget:
      values.budgetingMethod === 'Timeslices'
        ? numberOrNull(values.timeSliceTargetPercent, 0.01)
        : null,
    timeSliceWindow: sliced ? values.timeSliceWindow.trim() || null : null,
  };
  return {
    name: values.name.trim(),
    displayName: values.displayName.trim() || null,
    description: values.description,
    service: values.service.trim(),
    indicator:
      values.indicatorKind === 'ratio'
        ? {
            kind: 'ratio' as const,
            name: indicatorName,
            counts: values.counts,
            events: metric(values.eventsQuery),
            total: metric(values.totalQuery),
          }
        : {
            kind: 'threshold' as const,
            name: indicatorName,
            value: metric(values.valueQuery),
          },
    window:
      values.windowKind === 'rolling'
        ? { kind: 'rolling' as const, duration: values.duration.trim() }
        : {
            kind: 'calendar' as const,
            duration: values.duration.trim(),
            startTime: values.startTime.trim(),
            timeZone: values.timeZone.trim(),
          },
    budgetingMethod: values.budgetingMethod,
    objectives: [first, ...(previous?.objectives.slice(1) ?? [])],
    alertPolicies: previous?.alertPolicies ?? [],
    openIncidentOnPage: values.openIncidentOnPage,
  };
}
