export { buildReport } from './build-report';
export { assessWorkspaceMaturity } from './assess-workspace-maturity';
