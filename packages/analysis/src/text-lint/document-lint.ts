import { isDomainError, type ChecklistItemId } from '@aftermath/domain';
import { runChecklist, type ChecklistInput } from '../checklist';
import { parsePostmortemMarkdown } from '../postmortem-format';
import type { LintFinding } from './lint-finding';

// The checklist's language and secret items summarise findings reported line by line already.
const REPORTED_LINE_BY_LINE = new Set<ChecklistItemId>(['blameless-language', 'no-secrets']);

// Where the reader fixes each item: the heading or field it is about.
const ANCHORS: Partial<Record<ChecklistItemId, RegExp>> = {
  summary: /^ {0,3}## +summary\b/i,
  'impact-quantified': /^ {0,3}## +impact\b/i,
  'timeline-milestones': /^milestones:/,
  'rca-coded': /^ {0,3}## +trigger\b/i,
  'root-cause-not-human-error': /^ {0,3}## +root causes\b/i,
  'prevent-action': /^ {0,3}## +action items\b/i,
  'actions-complete': /^ {0,3}## +action items\b/i,
  lessons: /^ {0,3}## +lessons learned\b/i,
};

/**
 * The file-format and quality-checklist findings of an Aftermath Markdown postmortem. A file
 * that does not parse gives one `format/invalid` error per problem (at its line) and no
 * checklist; otherwise every failed checklist item is a `checklist/<item>` warning at the heading
 * it is about. `textFindings` are the language and sensitive-data findings already made.
 */
export function lintPostmortemDocument(
  text: string,
  file: string,
  textFindings: readonly LintFinding[],
): LintFinding[] {
  let document;
  try {
    document = parsePostmortemMarkdown(text, file);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return error.details.map((detail) => formatFinding(detail.path, detail.message));
  }
  const { incident, postmortem, actions } = document;
  if (postmortem === null) return [];
  const input: ChecklistInput = {
    postmortem: { sections: postmortem.sections, rca: postmortem.rca },
    incident,
    actions,
    languageFindings: textFindings.filter((f) => f.ruleId.startsWith('blameless/')),
    sensitiveFindings: textFindings
      .filter((f) => f.ruleId.startsWith('redaction/'))
      .map((f) => ({
        line: f.line,
        kind: f.ruleId === 'redaction/secret' ? 'secret' : 'pii',
        rule: f.ruleId,
      })),
  };
  const lines = text.split(/\r?\n/);
  return runChecklist(input)
    .items.filter((item) => !item.passed && !REPORTED_LINE_BY_LINE.has(item.id))
    .map((item) => ({
      line: anchorLine(lines, ANCHORS[item.id]),
      column: 1,
      endColumn: 1,
      severity: 'warning' as const,
      ruleId: `checklist/${item.id}`,
      message: `${item.title}: ${item.why}`,
      suggestion: item.fix === '' ? null : item.fix,
    }));
}

function anchorLine(lines: readonly string[], anchor: RegExp | undefined): number {
  if (anchor === undefined) return 1;
  const index = lines.findIndex((line) => anchor.test(line));
  return index < 0 ? 1 : index + 1;
}

/** A format problem `<file>:<line>:<field>` as a finding at its line. */
function formatFinding(path: string, message: string): LintFinding {
  const match = /:(\d+):([^:]*)$/.exec(path);
  return {
    line: match ? Number(match[1]) : 1,
    column: 1,
    endColumn: 1,
    severity: 'error',
    ruleId: 'format/invalid',
    message: match ? `${match[2]}: ${message}` : message,
    suggestion: 'See docs/postmortem-format.md for the fields and their rules.',
  };
}
