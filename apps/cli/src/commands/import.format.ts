import type { Evidence, EvidenceProblem } from '@aftermath/domain';

/** Problems listed per file in the text summary; `--json` has them all. */
const problemsShown = 50;

const plural = (count: number, word: string, many = `${word}s`) =>
  `${count} ${count === 1 ? word : many}`;

/** Where a problem is, compiler style: `file:line`, else `file#/json/pointer`, else `file`. */
export function problemLocation(file: string, problem: EvidenceProblem): string {
  if (problem.line !== null) return `${file}:${problem.line}`;
  if (problem.jsonPointer !== null && problem.jsonPointer !== '')
    return `${file}#${problem.jsonPointer}`;
  return file;
}

/** One imported file, as the summary shows it. */
export interface ImportedFile {
  file: string;
  evidence: Evidence;
  detected: boolean;
}

function formatFile({ file, evidence, detected }: ImportedFile): string[] {
  const how = detected ? 'detected' : 'as asked';
  const lines = [
    `${file}: ${evidence.format} (${how}), ${plural(evidence.records, 'record')} read, ` +
      `${plural(evidence.entriesAdded, 'entry', 'entries')} added, ` +
      `${plural(evidence.duplicatesSkipped, 'duplicate')} skipped, ` +
      `${plural(evidence.problems.length, 'problem')}`,
  ];
  for (const problem of evidence.problems.slice(0, problemsShown)) {
    lines.push(`  ${problemLocation(file, problem)}: ${problem.message}`);
  }
  const more = evidence.problems.length - problemsShown;
  if (more > 0) lines.push(`  … and ${plural(more, 'more problem')} (--json lists them all)`);
  return lines;
}

/** The summary printed after `aftermath import`: one block per file, then the totals. */
export function formatImportSummary(files: ImportedFile[], failed: number): string {
  const sum = (pick: (evidence: Evidence) => number) =>
    files.reduce((total, { evidence }) => total + pick(evidence), 0);
  const total =
    `Total: ${plural(
      sum((e) => e.entriesAdded),
      'entry',
      'entries',
    )} added, ` +
    `${plural(
      sum((e) => e.duplicatesSkipped),
      'duplicate',
    )} skipped, ` +
    `${plural(
      sum((e) => e.records),
      'record',
    )} read, ` +
    `${plural(
      sum((e) => e.problems.length),
      'problem',
    )}` +
    (failed > 0 ? `; ${plural(failed, 'file')} not imported` : '');
  return [...files.flatMap(formatFile), total].join('\n');
}
