export { buildReport } from './build-report';
export { assessWorkspaceMaturity } from './assess-workspace-maturity';
export { reportNotification } from './report-notification';
export { sendWeeklyReport } from './send-weekly-report';
