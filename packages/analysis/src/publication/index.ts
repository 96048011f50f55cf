export { buildPublicVersion } from './build-public-version';
export { renderPublicMarkdown } from './render-public-markdown';
export {
  renderHtmlPage,
  renderHtmlShell,
  escapeHtml,
  pageContentSecurityPolicy,
  type HeadLink,
} from './render-html-page';
export type {
  PublicDocument,
  PublicOmissions,
  PublicRedaction,
  PublicVersion,
} from './public-document';
export { renderPostmortemHtml, renderPublicHtml } from './render-document-html';
export {
  summarizeForExecutives,
  renderExecutiveSummary,
  formatDuration,
  type ExecutiveSummary,
} from './executive-summary';
export { markdownToPlainText } from './plain-text';
export { publicPageName, publicFeedName, type PublicListingEntry } from './public-listing';
export { renderPublicIndex } from './render-public-index';
export { renderAtomFeed, escapeXml } from './render-atom-feed';
