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
  objectives: ObjectiveValues[];
  windowKind: 'rolling' | 'calendar';
  duration: string;
  startTime: string;
  timeZone: string;
  budgetingMethod: SloDefinition['budgetingMethod'];
  openIncidentOnPage: boolean;
}

/** One objective row of the form; `key` only tells React the rows apart. */
export interface ObjectiveValues {
  key: number;
  name: string;
  targetPercent: string;
  op: 'lt' | 'lte' | 'gt' | 'gte';
  threshold: string;
  timeSliceWindow: string;
  timeSliceTargetPercent: string;
}

let nextKey = 1;

/** A new objective row: 99.9 %, named after its place unless a name is given. */
export function newObjective(fields: Partial<ObjectiveValues> = {}): ObjectiveValues {
  const key = nextKey++;
  return {
    name: `objective-${key}`,
    targetPercent: '99.9',
    op: 'lte',
    threshold: '',
    timeSliceWindow: '',
    timeSliceTargetPercent: '',
    ...fields,
    key,
  };
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
  objectives: [],
  windowKind: 'rolling',
  duration: '28d',
  startTime: '',
  timeZone: 'UTC',
  budgetingMethod: 'Occurrences',
  openIncidentOnPage: false,
};

/** The starting values of a new SLO's form, with one objective row. */
export function newSloForm(): SloFormValues {
  return { ...emptySloForm, objectives: [newObjective({ name: 'objective-1' })] };
}

/** The form's values for a stored definition, one row per objective. */
export function formValuesOf(slo: SloDefinition): SloFormValues {
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
    objectives: slo.objectives.map((objective) =>
      newObjective({
        name: objective.name,
        op: objective.op ?? 'lte',
        threshold: objective.value == null ? '' : String(objective.value),
        targetPercent: formatPercent(objective.target),
        timeSliceWindow: objective.timeSliceWindow ?? '',
        timeSliceTargetPercent:
          objective.timeSliceTarget == null ? '' : formatPercent(objective.timeSliceTarget),
      }),
    ),
    windowKind: slo.window.kind,
    duration: slo.window.duration,
    ...(slo.window.kind === 'calendar'
      ? { startTime: slo.window.startTime, timeZone: slo.window.timeZone }
      : {}),
    budgetingMethod: slo.budgetingMethod,
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
 * OpenSLO import also meets); the form only shapes the values, so an error's path
 * (`objectives.1.target`) points at the same row the person sees.
 */
export function definitionOf(values: SloFormValues, previous: SloDefinition | null) {
  const sliced = values.budgetingMethod !== 'Occurrences';
  const threshold = values.indicatorKind === 'threshold';
  const indicatorName = previous?.indicator.name ?? `${values.name.trim() || 'slo'}-sli`;
  const objectives = values.objectives.map((row) => ({
    name: row.name.trim(),
    target: numberOrNull(row.targetPercent, 0.01),
    op: threshold ? row.op : null,
    value: threshold ? numberOrNull(row.threshold) : null,
    timeSliceTarget:
      values.budgetingMethod === 'Timeslices'
        ? numberOrNull(row.timeSliceTargetPercent, 0.01)
        : null,
    timeSliceWindow: sliced ? row.timeSliceWindow.trim() || null : null,
  }));
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
    objectives,
    alertPolicies: previous?.alertPolicies ?? [],
    openIncidentOnPage: values.openIncidentOnPage,
  };
}
