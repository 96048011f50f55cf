import type { FieldReader } from './field-reader';
import { isMap, type YamlMap } from './field-reader';
import { readDuration } from './read-time-window';

/** An OpenSLO AlertCondition: a burn-rate condition with its severity. */
export interface OpenSloAlertCondition {
  name: string;
  severity: string;
  /** `op threshold` over `lookbackWindow`, e.g. burn rate gte 2 over 1h. */
  op: 'lt' | 'lte' | 'gt' | 'gte';
  threshold: number;
  lookbackWindow: string;
  alertAfter: string | null;
}

/** An OpenSLO AlertPolicy: the conditions it raises on (by name) and inline ones it defines. */
export interface OpenSloAlertPolicy {
  name: string;
  conditionRefs: string[];
}

/** Reads an AlertCondition spec; the only condition kind OpenSLO v1 defines is `burnrate`. */
export function readAlertConditionSpec(
  reader: FieldReader,
  name: string,
  spec: YamlMap,
  path: string,
): OpenSloAlertCondition | null {
  const severity = reader.string(spec.severity, `${path}.severity`);
  const condition = reader.map(spec.condition, `${path}.condition`);
  if (!condition) return null;
  reader.choice(condition.kind, `${path}.condition.kind`, ['burnrate'] as const);
  const op = reader.choice(condition.op, `${path}.condition.op`, [
    'lt',
    'lte',
    'gt',
    'gte',
  ] as const);
  const threshold = reader.number(condition.threshold, `${path}.condition.threshold`);
  const lookbackWindow = readDuration(
    reader,
    condition.lookbackWindow,
    `${path}.condition.lookbackWindow`,
  );
  const alertAfter = readDuration(
    reader,
    condition.alertAfter,
    `${path}.condition.alertAfter`,
    false,
  );
  if (severity === null || op === null || threshold === null || lookbackWindow === null)
    return null;
  return { name, severity, op, threshold, lookbackWindow, alertAfter };
}

/**
 * Reads an AlertPolicy spec: `conditions` holds `{ conditionRef }` items or inline
 * AlertCondition documents, which are returned so the caller can register them.
 */
export function readAlertPolicySpec(
  reader: FieldReader,
  name: string,
  spec: YamlMap,
  path: string,
): { policy: OpenSloAlertPolicy; inline: OpenSloAlertCondition[] } {
  const inline: OpenSloAlertCondition[] = [];
  const conditionRefs: string[] = [];
  const list = reader.list(spec.conditions, `${path}.conditions`) ?? [];
  if (list.length === 0) reader.fail(`${path}.conditions`, 'needs at least one condition');
  list.forEach((item, index) => {
    const at = `${path}.conditions[${index}]`;
    if (isMap(item) && item.conditionRef !== undefined) {
      const ref = reader.string(item.conditionRef, `${at}.conditionRef`);
      if (ref) conditionRefs.push(ref);
      return;
    }
    const condition = reader.map(item, at);
    const metadata = condition && reader.map(condition.metadata, `${at}.metadata`);
    const conditionName = metadata && reader.string(metadata.name, `${at}.metadata.name`);
    const conditionSpec = condition && reader.map(condition.spec, `${at}.spec`);
    if (!conditionName || !conditionSpec) return;
    const read = readAlertConditionSpec(reader, conditionName, conditionSpec, `${at}.spec`);
    if (read) inline.push(read);
    conditionRefs.push(conditionName);
  });
  return { policy: { name, conditionRefs }, inline };
}
