import {
  emptySections,
  postmortemSections,
  postmortemSectionTitles,
  type DocumentActionItem,
  type DocumentTimelineEntry,
  type PostmortemSectionName,
  type PostmortemSections,
} from '@aftermath/domain';
import { parseActionTable } from './action-table';
import {
  isTableSection,
  knownHeadings,
  resolveHeading,
  splitBody,
  tableSectionTitles,
  type BlockName,
  type BodyBlock,
} from './body-blocks';
import type { FormatProblems } from './format-problems';
import { parseSectionText } from './section-text';
import type { NumberedLine } from './split-front-matter';
import { isBlankText } from './table-cell';
import { parseTimelineRows } from './timeline-table';
import { parseFactorTable, type FactorRow } from './factor-table';
import { parseWhyTable, type WhyChainRows } from './why-table';

/** What the Markdown body holds, with the line of each prose section that has text. */
export interface ParsedBody {
  sections: PostmortemSections;
  sectionLines: Partial<Record<PostmortemSectionName, number>>;
  /** Timeline entries in file order (the document sorts them by time). */
  timelineRows: DocumentTimelineEntry[];
  actions: DocumentActionItem[];
  /** The coded RCA tables, with the line of their heading when present. */
  factors: FactorRow[];
  whys: WhyChainRows[];
  rcaTableLines: Partial<Record<'factors' | 'whys', number>>;
}

function fieldOf(name: BlockName): string {
  return isTableSection(name) ? name : `sections.${name}`;
}

function titleOf(name: BlockName): string {
  return isTableSection(name) ? tableSectionTitles[name] : postmortemSectionTitles[name];
}

function checkPreamble(lines: readonly NumberedLine[], problems: FormatProblems): void {
  let titles = 0;
  for (const { line, text } of lines) {
    if (isBlankText(text)) continue;
    if (/^ {0,3}#(?:[ \t]|$)/.test(text) && titles === 0) {
      titles += 1;
      continue;
    }
    problems.add(
      line,
      'body',
      'text outside any section; expected only the "# KEY: title" heading before the first "## " section',
    );
  }
}

/** Names each block, reporting unknown and repeated headings; returns the blocks to read. */
function nameBlocks(blocks: readonly BodyBlock[], problems: FormatProblems) {
  const named = new Map<BlockName, BodyBlock>();
  for (const block of blocks) {
    const name = resolveHeading(block.heading);
    if (!name) {
      const expected = knownHeadings.map((h) => `"## ${h}"`).join(', ');
      problems.add(
        block.line,
        'sections',
        `unknown section heading "${block.heading}"; expected one of ${expected} (use ### inside a section)`,
      );
    } else if (named.has(name)) {
      const first = named.get(name)?.line ?? 0;
      problems.add(
        block.line,
        fieldOf(name),
        `section "${titleOf(name)}" appears twice (first on line ${first}); expected it once`,
      );
    } else {
      named.set(name, block);
    }
  }
  return named;
}

/** Reads the body: prose sections, timeline and action items, reporting every problem. */
export function parseBody(lines: readonly NumberedLine[], problems: FormatProblems): ParsedBody {
  const { preamble, blocks } = splitBody(lines);
  checkPreamble(preamble, problems);
  const named = nameBlocks(blocks, problems);
  const sections: PostmortemSections = { ...emptySections };
  const sectionLines: ParsedBody['sectionLines'] = {};
  for (const [name, block] of named) {
    if (isTableSection(name)) continue;
    sections[name] = parseSectionText(block.lines);
    if (sections[name] !== '') sectionLines[name] = block.line;
  }
  const checked = postmortemSections.safeParse(sections);
  for (const issue of checked.error?.issues ?? []) {
    const name = String(issue.path[0]) as PostmortemSectionName;
    problems.add(named.get(name)?.line ?? 1, `sections.${name}`, issue.message);
  }
  const rcaTableLines: ParsedBody['rcaTableLines'] = {};
  for (const name of ['factors', 'whys'] as const) {
    const line = named.get(name)?.line;
    if (line !== undefined) rcaTableLines[name] = line;
  }
  return {
    sections,
    sectionLines,
    timelineRows: parseTimelineRows(named.get('timeline')?.lines ?? [], problems),
    actions: parseActionTable(named.get('actions')?.lines ?? [], problems),
    factors: parseFactorTable(named.get('factors')?.lines ?? [], problems),
    whys: parseWhyTable(named.get('whys')?.lines ?? [], problems),
    rcaTableLines,
  };
}
