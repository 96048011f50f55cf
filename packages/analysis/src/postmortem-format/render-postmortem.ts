import {
  postmortemSectionNames,
  postmortemSectionTitles,
  type PostmortemDocument,
} from '@aftermath/domain';
import { renderActionTable } from './action-table';
import { mapEntryRef, timeOrder } from './entry-refs';
import { renderFactorTable } from './factor-table';
import { tableSectionTitles } from './body-blocks';
import { renderFrontMatter } from './front-matter';
import { renderSectionText } from './section-text';
import { renderTimelineTable } from './timeline-table';
import { renderWhyTable } from './why-table';

function section(title: string, content: string): string {
  return content === '' ? `## ${title}` : `## ${title}\n\n${content}`;
}

/**
 * The coded RCA tables, each only when it has rows (files without them stay as they were). A
 * document's `T<k>` is its k-th timeline entry; the table is written in time order, so refs follow.
 */
function rcaTables(doc: PostmortemDocument): string[] {
  const rca = doc.postmortem?.rca;
  if (!rca) return [];
  const positionOf = new Map(timeOrder(doc.timeline).map((index, position) => [index, position]));
  const toRow = (ref: string) => mapEntryRef(ref, (index) => positionOf.get(index));
  const blocks: string[] = [];
  if (rca.factors.length > 0) {
    const factors = rca.factors.map((f) => ({ ...f, entryIds: f.entryIds.map(toRow) }));
    blocks.push(section(tableSectionTitles.factors, renderFactorTable(factors)));
  }
  if (rca.whys.length > 0) {
    const whys = rca.whys.map((chain) => ({
      ...chain,
      links: chain.links.map((link) => ({
        ...link,
        evidence: link.evidence.map((cited) =>
          cited.entryId === undefined ? cited : { ...cited, entryId: toRow(cited.entryId) },
        ),
      })),
    }));
    blocks.push(section(tableSectionTitles.whys, renderWhyTable(whys)));
  }
  return blocks;
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
  blocks.push(...rcaTables(doc));
  blocks.push(section(tableSectionTitles.timeline, renderTimelineTable(doc.timeline)));
  blocks.push(section(tableSectionTitles.actions, renderActionTable(doc.actions)));
  return `${blocks.join('\n\n')}\n`;
}
