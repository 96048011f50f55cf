export { buildPublicVersion } from './build-public-version';
export { renderPublicMarkdown } from './render-public-markdown';
export { renderHtmlPage, escapeHtml } from './render-html-page';
export type {
  PublicDocument,
  PublicOmissions,
  PublicRedaction,
  PublicVersion,
} from './public-document';
export { renderPostmortemHtml, renderPublicHtml } from './render-document-html';
