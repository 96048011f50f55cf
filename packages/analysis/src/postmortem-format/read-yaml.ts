import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { FormatProblems } from './format-problems';

/** Parsed front matter: the YAML document (for line numbers) and its plain value. */
export interface ReadYaml {
  doc: Document;
  lines: LineCounter;
  value: unknown;
}

/** One syntax error usually sets off a cascade; the first few say all there is to say. */
const maxSyntaxErrors = 10;

function fileLine(lines: LineCounter, offset: number, firstLine: number): number {
  return lines.linePos(offset).line + firstLine - 1;
}

/**
 * Parses front matter YAML that starts on file line `firstLine`, reporting syntax errors at their
 * lines. Aliases (`*name`) are refused: the format never needs them, and resolving
 * self-referencing ones takes time that grows steeply with their number.
 */
export function readYaml(
  yaml: string,
  firstLine: number,
  problems: FormatProblems,
): ReadYaml | null {
  const lines = new LineCounter();
  try {
    const doc = parseDocument(yaml, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    for (const error of doc.errors.slice(0, maxSyntaxErrors)) {
      const message = error.message.split('\n')[0] ?? '';
      problems.add(
        fileLine(lines, error.pos[0], firstLine),
        'frontMatter',
        `not valid YAML: ${message}`,
      );
    }
    if (doc.errors.length > 0) return null;
    let aliasAt: number | null = null;
    visit(doc, {
      Alias(_key, node) {
        aliasAt = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    if (aliasAt !== null) {
      const line = fileLine(lines, aliasAt, firstLine);
      problems.add(
        line,
        'frontMatter',
        'YAML aliases (*name) are not supported; write the value out',
      );
      return null;
    }
    return { doc, lines, value: doc.toJS() as unknown };
  } catch (error) {
    // Very deep nesting can exhaust the parser's stack: bad input, reported like any other.
    const reason = error instanceof Error ? error.message : String(error);
    problems.add(firstLine - 1, 'frontMatter', `could not be read as YAML: ${reason}`);
    return null;
  }
}
