export { getRcaTaxonomy, setRcaTaxonomy, readRcaTaxonomy } from './rca-taxonomy';
export {
  assertRcaReferences,
  findRcaReferenceProblems,
  loadRcaReferences,
  taxonomyCodes,
  type RcaReferences,
} from './check-rca';
