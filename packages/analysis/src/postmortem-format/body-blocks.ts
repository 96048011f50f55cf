import {
  postmortemSectionNames,
  postmortemSectionTitles,
  type PostmortemSectionName,
} from '@aftermath/domain';
import type { NumberedLine } from './split-front-matter';
import { isSectionHeading } from './section-text';

/** What a level-2 heading can open: a prose section or one of the table sections. */
export type BlockName = PostmortemSectionName | TableSectionName;

/** Headings of the table sections: the coded RCA's two (written only when filled), then the rest. */
export const tableSectionTitles = {
  factors: 'Contributing factor table',
  whys: 'Five whys',
  timeline: 'Timeline',
  actions: 'Action items',
} as const;
export type TableSectionName = keyof typeof tableSectionTitles;

/** True when `name` is a table section rather than prose. */
export function isTableSection(name: BlockName): name is TableSectionName {
  return name in tableSectionTitles;
}

/** A level-2 heading and the lines under it, up to the next one. */
export interface BodyBlock {
  heading: string;
  line: number;
  lines: NumberedLine[];
}

/** The body: lines before the first section heading, then one block per heading. */
export interface BodyBlocks {
  preamble: NumberedLine[];
  blocks: BodyBlock[];
}

/** Cuts the body at its level-2 headings. */
export function splitBody(lines: readonly NumberedLine[]): BodyBlocks {
  const preamble: NumberedLine[] = [];
  const blocks: BodyBlock[] = [];
  for (const line of lines) {
    if (isSectionHeading(line.text)) {
      blocks.push({ heading: headingText(line.text), line: line.line, lines: [] });
    } else {
      (blocks[blocks.length - 1]?.lines ?? preamble).push(line);
    }
  }
  return { preamble, blocks };
}

/** The words of a `## …` heading, without the marker or an optional closing `#` run. */
function headingText(line: string): string {
  const words = line.trim().slice(2).trim();
  let end = words.length;
  while (end > 0 && words[end - 1] === '#') end -= 1;
  const closes = end < words.length && (end === 0 || /[ \t]/.test(words[end - 1] ?? ''));
  return (closes ? words.slice(0, end) : words).trim();
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

const byHeading = new Map<string, BlockName>([
  ...postmortemSectionNames.map(
    (name) => [normalize(postmortemSectionTitles[name]), name] as const,
  ),
  ...(Object.keys(tableSectionTitles) as TableSectionName[]).map(
    (name) => [normalize(tableSectionTitles[name]), name] as const,
  ),
]);

/** Every heading a file may use, in document order (for messages). */
export const knownHeadings = [
  ...postmortemSectionNames.map((name) => postmortemSectionTitles[name]),
  ...Object.values(tableSectionTitles),
];

/** The section a heading names, ignoring case and spacing; undefined when it names none. */
export function resolveHeading(heading: string): BlockName | undefined {
  return byHeading.get(normalize(heading));
}
