import { ApiError } from '@aftermath/contract';
import { formFailureOf, type FormFailure } from '../../../api/field-errors';
import type { SloFormValues } from './slo-form-values';

// The API's paths (`body.indicator.events.query`) folded to three names, as the form's keys.
const fieldOf: Record<string, keyof SloFormValues> = {
  name: 'name',
  displayName: 'displayName',
  service: 'service',
  description: 'description',
  'indicator.events.query': 'eventsQuery',
  'indicator.total.query': 'totalQuery',
  'indicator.value.query': 'valueQuery',
  indicator: 'eventsQuery',
  objectives: 'objectives',
  'window.duration': 'duration',
  'window.startTime': 'startTime',
  'window.timeZone': 'timeZone',
  budgetingMethod: 'budgetingMethod',
};
const objectiveFields = ['name', 'target', 'op', 'value', 'timeSliceWindow', 'timeSliceTarget'];
const shownFields = [
  ...Object.keys(fieldOf),
  ...objectiveFields.map((field) => `objectives.${field}`),
];

/**
 * A failed save as the SLO form shows it: the summary line, and messages by form key. An
 * objective's message keeps its row (`objectives.1.target`), so it sits under that row's field.
 */
export function sloFailureOf(error: unknown): FormFailure {
  const failure = formFailureOf(error, shownFields, 3);
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(failure.errors)) {
    const field = fieldOf[path];
    if (field) errors[field] ??= message;
  }
  if (error instanceof ApiError) {
    for (const detail of error.details) {
      const row = /^(?:body\.)?objectives\.(\d+)\.(\w+)/.exec(detail.path);
      if (row) errors[`objectives.${row[1]}.${row[2]}`] ??= detail.message;
    }
  }
  return { message: failure.message, errors };
}
