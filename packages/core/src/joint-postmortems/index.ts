export { getJointPostmortem, teamsOf } from './joint-postmortem';
export { linkIncidents, unlinkIncident } from './link-incidents';
export { getJointTimeline } from './joint-timeline';
export type { PostmortemLinkRepository } from './joint-postmortem.ports';
