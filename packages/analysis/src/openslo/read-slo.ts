import type { SloDefinition, SloIndicator } from '@aftermath/domain';
import type { FieldReader } from './field-reader';
import { isMap, type YamlMap } from './field-reader';
import { readIndicatorSpec } from './read-indicator';
import { readObjectives } from './read-objectives';
import { readTimeWindow } from './read-time-window';
import { OPEN_INCIDENT_ANNOTATION } from './openslo.types';

const METHODS = ['Occurrences', 'Timeslices', 'RatioTimeslices'] as const;
const SERVICE_NAME = /^[a-z0-9][a-z0-9._-]*$/;

/** What an SLO document needs from the rest of the file: SLIs and alert policies by name. */
export interface SloReferences {
  indicators: ReadonlyMap<string, SloIndicator>;
  alertPolicies: ReadonlySet<string>;
}

/**
 * Reads an SLO document into a definition: the service, an inline `indicator` or an
 * `indicatorRef` to an SLI in the same file, one time window, the budgeting method, objectives
 * and alert policy names.
 */
export function readSlo(
  reader: FieldReader,
  name: string,
  document: YamlMap,
  refs: SloReferences,
): SloDefinition | null {
  const metadata = isMap(document.metadata) ? document.metadata : {};
  const spec = reader.map(document.spec, 'spec');
  if (!spec) return null;
  const service = reader.string(spec.service, 'spec.service');
  if (service !== null && !SERVICE_NAME.test(service)) {
    reader.fail(
      'spec.service',
      `"${service}" is not a service name (lower-case letters, digits, ".", "_", "-")`,
    );
  }
  const indicator = readSloIndicator(reader, spec, refs);
  const window = readTimeWindow(reader, spec.timeWindow, 'spec.timeWindow');
  const budgetingMethod = reader.choice(spec.budgetingMethod, 'spec.budgetingMethod', METHODS);
  const objectives = readObjectives(
    reader,
    spec.objectives,
    budgetingMethod,
    indicator?.kind ?? null,
  );
  const alertPolicies = readPolicyNames(reader, spec.alertPolicies, refs.alertPolicies);
  const description = reader.string(spec.description, 'spec.description', false) ?? '';
  if (!service || !indicator || !window || !budgetingMethod || reader.issues.length > 0)
    return null;
  return {
    name,
    displayName: typeof metadata.displayName === 'string' ? metadata.displayName : null,
    description,
    service,
    indicator,
    window,
    budgetingMethod,
    objectives,
    alertPolicies,
    openIncidentOnPage: readOpenIncidentAnnotation(reader, metadata.annotations),
  };
}

function readSloIndicator(
  reader: FieldReader,
  spec: YamlMap,
  refs: SloReferences,
): SloIndicator | null {
  if ((spec.indicator === undefined) === (spec.indicatorRef === undefined)) {
    reader.fail('spec.indicator', 'needs exactly one of indicator (inline SLI) or indicatorRef');
    return null;
  }
  if (spec.indicatorRef !== undefined) {
    const ref = reader.string(spec.indicatorRef, 'spec.indicatorRef');
    const found = ref === null ? undefined : refs.indicators.get(ref);
    if (ref !== null && found === undefined)
      reader.fail('spec.indicatorRef', `no SLI named "${ref}" in this file`);
    return found ?? null;
  }
  const inline = reader.map(spec.indicator, 'spec.indicator');
  const metadata = inline && reader.map(inline.metadata, 'spec.indicator.metadata');
  const name = metadata && reader.string(metadata.name, 'spec.indicator.metadata.name');
  const sliSpec = inline && reader.map(inline.spec, 'spec.indicator.spec');
  return name && sliSpec ? readIndicatorSpec(reader, name, sliSpec, 'spec.indicator.spec') : null;
}

function readPolicyNames(
  reader: FieldReader,
  value: unknown,
  known: ReadonlySet<string>,
): string[] {
  const list = reader.list(value, 'spec.alertPolicies', false) ?? [];
  return list.flatMap((item, index) => {
    const path = `spec.alertPolicies[${index}]`;
    const entry = reader.map(item, path);
    if (!entry) return [];
    if (entry.alertPolicyRef !== undefined) {
      const ref = reader.string(entry.alertPolicyRef, `${path}.alertPolicyRef`);
      if (ref !== null && !known.has(ref))
        reader.fail(`${path}.alertPolicyRef`, `no AlertPolicy named "${ref}" in this file`);
      return ref === null ? [] : [ref];
    }
    const metadata = reader.map(entry.metadata, `${path}.metadata`);
    const name = metadata && reader.string(metadata.name, `${path}.metadata.name`);
    return name ? [name] : [];
  });
}

function readOpenIncidentAnnotation(reader: FieldReader, annotations: unknown): boolean {
  if (!isMap(annotations)) return false;
  const value = annotations[OPEN_INCIDENT_ANNOTATION];
  if (value === undefined || value === 'false' || value === false) return false;
  if (value === 'true' || value === true) return true;
  reader.fail(`metadata.annotations.${OPEN_INCIDENT_ANNOTATION}`, 'must be "true" or "false"');
  return false;
}
