export { sendActionReminders } from './action-reminders';
export { sendDeadlineReminders, deadlineNearHours } from './deadline-reminders';
export { sendWeeklyDigests } from './weekly-digest';
