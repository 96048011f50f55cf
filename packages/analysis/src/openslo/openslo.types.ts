import type { SloDefinition, SloIndicator } from '@aftermath/domain';
import type { OpenSloAlertCondition, OpenSloAlertPolicy } from './read-alerting';

/**
 * A problem in an OpenSLO file: which document (1-based, in file order), its kind and name when
 * known, the field path inside it, and why.
 *
 * @example
 * { document: 2, kind: 'SLO', name: 'checkout-availability',
 *   path: 'spec.objectives[0].target', message: 'must be between 0 and 1 exclusive …' }
 */
export interface OpenSloError {
  document: number;
  kind: string | null;
  name: string | null;
  path: string;
  message: string;
}

/** An OpenSLO Service document. */
export interface OpenSloService {
  name: string;
  displayName: string | null;
  description: string;
}

/** Everything an OpenSLO file defines; `errors` empty means the file is valid. */
export interface OpenSloFile {
  slos: SloDefinition[];
  services: OpenSloService[];
  indicators: SloIndicator[];
  alertPolicies: OpenSloAlertPolicy[];
  alertConditions: OpenSloAlertCondition[];
  errors: OpenSloError[];
}

/** The SLO annotation that turns on SLO-triggered incidents (value `"true"`). */
export const OPEN_INCIDENT_ANNOTATION = 'aftermath/open-incident-on-page';
