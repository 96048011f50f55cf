export { redactWorkspaceText, lintWorkspaceText } from './check-text';
export type { RedactionSpan } from './check-text';
export {
  getTextCheckSettings,
  setTextCheckSettings,
  listWorkspaceNames,
} from './text-check-settings';
