export { createSecretBox, createLazySecretBox, type SecretBox } from './secret-box';
export { TrackerError } from './tracker-error';
export type {
  NewIssue,
  RemoteIssue,
  TrackerAccess,
  TrackerClient,
  TrackerDeps,
  TrackerLinkRepository,
} from './tracker.ports';
export {
  listTrackerConfigs,
  setTrackerConfig,
  removeTrackerConfig,
  readTrackerConfigs,
  type StoredTrackerConfig,
} from './tracker-configs';
export { defaultTrackerTeam } from './choose-team';
export {
  requestActionIssue,
  linkActionIssue,
  unlinkActionIssue,
  listIncidentActionIssues,
} from './action-issues';
export {
  trackerCreateKind,
  trackerSyncKind,
  trackerMaxAttempts,
  runIssueCreation,
  runIssueSync,
  type TrackerJobPayload,
} from './tracker-jobs';
export { pollTrackers, trackerPollKind } from './poll-trackers';
export {
  readTrackerEvent,
  mapGithubState,
  mapJiraCategory,
  mapLinearStateType,
} from './read-tracker-event';
export { receiveTrackerWebhook, type TrackerWebhookHeaders } from './receive-tracker-webhook';
export { listOutgoingCalls, retryOutgoingCall } from './delivery-log';
