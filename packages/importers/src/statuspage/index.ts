export { detectStatuspage, parseStatuspageIncidents } from './parse-statuspage';
export { STATUSPAGE_PLACEHOLDER_KEY, type StatuspageDocument } from './statuspage-incident';
export { STATUSPAGE_EVIDENCE_PLACEHOLDER } from './statuspage-updates';
