import {
  postmortemSectionNames,
  postmortemSectionTitles,
  type PostmortemDocument,
} from '@aftermath/domain';
import { renderActionTable } from './action-table';
import { tableSectionTitles } from './body-blocks';
import { renderFrontMatter } from './front-matter';
import { renderSectionText } from './section-text';
import { renderTimelineTable } from './timeline-table';

function section(title: string, content: string): string {
  return content === '' ? `## ${title}` : `## ${title}\n\n${content}`;
}

/**
 * Writes a postmortem document as one Aftermath Markdown file (see `docs/postmortem-format.md`):
 * YAML front matter, a `# KEY: title` heading, the fixed prose sections, then the timeline and
 * action items as tables. The output is deterministic (fixed order, LF, one trailing newline)
 * and {@link parsePostmortemMarkdown} reads it back to an equal document.
 *
 * @example
 * const text = renderPostmortemMarkdown(doc);
 * // '---\nkey: INC-7\ntitle: Checkout errors after a config push\n…'
 */
export function renderPostmortemMarkdown(doc: PostmortemDocument): string {
  const { incident, postmortem } = doc;
  const blocks = [
    `---\n${renderFrontMatter(doc)}---`,
    `# ${incident.key}: ${incident.title.replace(/\s+/g, ' ')}`,
  ];
  if (postmortem) {
    for (const name of postmortemSectionNames) {
      const title = postmortemSectionTitles[name];
      blocks.push(section(title, renderSectionText(postmortem.sections[name])));
    }
  }
  blocks.push(section(tableSectionTitles.timeline, renderTimelineTable(doc.timeline)));
  blocks.push(section(tableSectionTitles.actions, renderActionTable(doc.actions)));
  return `${blocks.join('\n\n')}\n`;
}
