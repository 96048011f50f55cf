import type { PostmortemDocument } from '@aftermath/domain';
import { assembleRca } from './assemble-rca';
import { FormatProblems } from './format-problems';
import { parseFrontMatter, type FrontMatter } from './front-matter';
import { parseBody, type ParsedBody } from './parse-body';
import { splitFrontMatter } from './split-front-matter';
import { sortTimeline } from './timeline-table';

function checkSectionsHaveAPostmortem(
  front: FrontMatter,
  body: ParsedBody,
  problems: FormatProblems,
): void {
  if (front.postmortem !== null) return;
  const tables = { factors: body.factors.length, whys: body.whys.length };
  for (const [name, line] of Object.entries(body.rcaTableLines)) {
    if (tables[name as keyof typeof tables] === 0) continue;
    problems.add(
      line,
      name,
      'the coded root-cause analysis needs a postmortem; expected postmortem metadata in the front matter instead of "postmortem: null"',
    );
  }
  for (const [name, line] of Object.entries(body.sectionLines)) {
    problems.add(
      line,
      `sections.${name}`,
      'section text needs a postmortem; expected postmortem metadata in the front matter instead of "postmortem: null"',
    );
  }
}

function assemble(
  front: FrontMatter,
  body: ParsedBody,
  problems: FormatProblems,
): PostmortemDocument {
  const { postmortem: meta, ...incident } = front;
  const rca = meta && assembleRca(meta, body.factors, body.whys, body.timelineRows, problems);
  return {
    incident,
    postmortem: meta && {
      owner: meta.owner,
      status: meta.status,
      template: meta.template,
      sections: body.sections,
      rca: rca ?? { trigger: null, rootCauses: [], factors: [], whys: [] },
      createdAt: meta.createdAt,
      updatedAt: meta.updatedAt,
    },
    timeline: sortTimeline(body.timelineRows),
    actions: body.actions,
  };
}

/**
 * Reads an Aftermath Markdown postmortem (see `docs/postmortem-format.md`) back into a document.
 * Every field is validated with the domain schemas; all problems are reported together, and
 * nothing is returned unless the whole file is valid. `file` names the file in messages.
 *
 * @throws DomainError `validation`; its message starts `<file>:<line>: <field>: ` and each
 * detail's path is `<file>:<line>:<field>`, e.g. `incidents/INC-7.md:4:severity`.
 * @example
 * const doc = parsePostmortemMarkdown(await readFile(path, 'utf8'), path);
 * doc.incident.key; // 'INC-7'
 * renderPostmortemMarkdown(doc); // the same text, for a file Aftermath wrote
 */
export function parsePostmortemMarkdown(text: string, file: string): PostmortemDocument {
  const problems = new FormatProblems();
  const split = splitFrontMatter(text, problems);
  const front =
    split.yaml === null ? null : parseFrontMatter(split.yaml, split.yamlFirstLine, problems);
  const body = parseBody(split.body, problems);
  if (front) checkSectionsHaveAPostmortem(front, body, problems);
  if (!front || problems.count > 0) throw problems.toError(file);
  const doc = assemble(front, body, problems);
  if (problems.count > 0) throw problems.toError(file);
  return doc;
}
