export { runChecklist, CHECKLIST_ITEMS } from './run-checklist';
export type {
  ChecklistConfig,
  ChecklistInput,
  ChecklistItem,
  ChecklistLanguageFinding,
  ChecklistRca,
  ChecklistResult,
  ChecklistSensitiveFinding,
  ChecklistSlo,
} from './checklist.types';
