export {
  defaultFrontMatterMapping,
  frontMatterMapping,
  parseFrontMatterMapping,
  type FrontMatterMapping,
} from './mapping';
export { toServiceName, toTag } from './normalise-names';
export {
  parseFrontMatterPostmortem,
  type FrontMatterImportOptions,
} from './parse-front-matter-postmortem';
