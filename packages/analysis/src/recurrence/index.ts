export { summarizeRecurrence, type RecurrenceLink } from './summarize-recurrence';
