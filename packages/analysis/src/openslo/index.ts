export { parseOpenSlo } from './parse-openslo';
export { OPEN_INCIDENT_ANNOTATION } from './openslo.types';
export type { OpenSloError, OpenSloFile, OpenSloService } from './openslo.types';
export type { OpenSloAlertCondition, OpenSloAlertPolicy } from './read-alerting';
