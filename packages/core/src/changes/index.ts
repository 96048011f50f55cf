export type {
  ChangeEntryFilter,
  ChangeFeedQuery,
  ChangeWindowQuery,
  TimelineEntryWithIncident,
} from './changes.ports';
export { listChanges, type ChangeFeed } from './list-changes';
