import type { LanguageFinding } from '../../src';
import { LABELLED_LINES, readLabelledFile, type LabelledLine } from './labelled-sample';

/** How the linter did on the labelled sample. */
export interface SampleScore {
  findings: number;
  truePositives: number;
  falsePositives: string[];
  misses: string[];
  /** Share of findings that are right, 0–1. */
  precision: number;
  /** Share of expected findings reported, 0–1. */
  recall: number;
}

/**
 * Lints every labelled file once and compares the findings on labelled lines with the labels.
 * Throws when a line no longer holds its cue (the data set changed under the labels).
 */
export function scoreSample(lint: (text: string) => LanguageFinding[]): SampleScore {
  const byFile = new Map<string, LabelledLine[]>();
  for (const entry of LABELLED_LINES)
    byFile.set(entry.file, [...(byFile.get(entry.file) ?? []), entry]);
  let findings = 0;
  let truePositives = 0;
  const falsePositives: string[] = [];
  const misses: string[] = [];
  for (const [file, labels] of byFile) {
    const text = readLabelledFile(file);
    const lines = text.split(/\r?\n/);
    const found = lint(text);
    for (const entry of labels) {
      const where = `${file}:${entry.line}`;
      if (!lines[entry.line - 1]?.includes(entry.cue))
        throw new Error(`${where} no longer holds "${entry.cue}"`);
      const rules = found.filter((f) => f.line === entry.line).map((f) => f.ruleId);
      findings += rules.length;
      const expected = new Set<string>(entry.expected);
      for (const rule of rules) {
        if (expected.has(rule)) truePositives += 1;
        else falsePositives.push(`${where} ${rule} ("${entry.cue}")`);
      }
      for (const rule of expected)
        if (!rules.includes(rule)) misses.push(`${where} ${rule} ("${entry.cue}")`);
    }
  }
  const expectedCount = LABELLED_LINES.reduce((sum, entry) => sum + entry.expected.length, 0);
  return {
    findings,
    truePositives,
    falsePositives,
    misses,
    precision: findings === 0 ? 1 : (findings - falsePositives.length) / findings,
    recall: expectedCount === 0 ? 1 : (expectedCount - misses.length) / expectedCount,
  };
}
