export { computeProgrammeHealth } from './compute-programme-health';
