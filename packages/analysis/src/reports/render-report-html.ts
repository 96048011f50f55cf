import { renderHtmlPage } from '../publication/render-html-page';
import { renderReportMarkdown, type ReviewReport } from './render-report';

/**
 * The report as a standalone HTML page: its Markdown through the same sanitizing renderer as the
 * postmortem export (no scripts, no external resources).
 *
 * @example renderReportHtml(report).startsWith('<!doctype html>') // true
 */
export function renderReportHtml(report: ReviewReport): string {
  const markdown = renderReportMarkdown(report);
  const title = markdown.slice(2, markdown.indexOf('\n'));
  return renderHtmlPage(title, markdown);
}
