export { renderPostmortemMarkdown } from './render-postmortem';
export { parsePostmortemMarkdown } from './parse-postmortem';
