export type {
  ActionAcrossFilter,
  ActionOverviewQuery,
  ActionWithIncident,
} from './action-overview.ports';
export { listActionOverview } from './list-action-overview';
