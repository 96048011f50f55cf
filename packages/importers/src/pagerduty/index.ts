export { pagerdutyImporter } from './pagerduty.importer';
export { pagerDutyEventTypes } from './pagerduty-event-types';
