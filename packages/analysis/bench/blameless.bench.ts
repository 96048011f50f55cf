// The blameless-language linter on real postmortems written by others (../shared/realdata):
// false-positive rate and recall on the labelled sample, findings per 1,000 lines over every
// postmortem, and throughput. The baseline, measured in the same run, is the obvious word list:
// every occurrence of the same phrases, no exemptions and no reading of context. It shows what
// the context rules (who the subject is, quotes, code, URLs, "just after 6 a.m.") are worth.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defineBenchmark, opsPerSecond, type Measurement } from '../../../bench/harness';
import { lintLanguage, type LanguageFinding } from '../src';
import {
  hasRealPostmortems,
  LABELLED_LINES,
  POSTMORTEM_CORPORA,
  realdataRoot,
} from '../test/blameless/labelled-sample';
import { scoreSample } from '../test/blameless/score-sample';

const WORD_LIST: [RegExp, string][] = [
  [
    /\b(?:should|could|would)\s+have\b|\b(?:failed|neglected|forgot)\s+to\b/gi,
    'blameless/counterfactual',
  ],
  [/\b(?:human|operator)\s+error\b|\bcaused\s+by\b/gi, 'blameless/blame'],
  [/\b(?:careless|sloppy|lazy|obviously|clearly|simply|just)\b/gi, 'blameless/judgement'],
];

/** The baseline: every occurrence of the phrases, wherever it is. */
function lintWordList(text: string): LanguageFinding[] {
  const findings: LanguageFinding[] = [];
  text.split('\n').forEach((line, index) => {
    for (const [pattern, ruleId] of WORD_LIST) {
      for (const match of line.matchAll(pattern)) {
        const column = match.index + 1;
        const endColumn = column + match[0].length;
        findings.push({
          line: index + 1,
          column,
          endColumn,
          severity: 'warning',
          ruleId,
          message: '',
          suggestion: null,
        });
      }
    }
  });
  return findings;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : (100 * part) / whole;
}

export default defineBenchmark({
  name: 'blameless: language linter on real postmortems',
  async run({ quick, log }) {
    if (!hasRealPostmortems()) {
      log('../shared/realdata/postmortems-* not found: skipped');
      return [];
    }
    const texts = POSTMORTEM_CORPORA.flatMap((corpus) =>
      markdownFiles(join(realdataRoot, corpus)).map((file) => readFileSync(file, 'utf8')),
    );
    const lines = texts.reduce((sum, text) => sum + text.split('\n').length, 0);
    const megabytes = texts.reduce((sum, text) => sum + text.length, 0) / 1e6;
    log(`${texts.length} postmortems, ${lines} lines, ${(megabytes * 1000).toFixed(0)} kB`);
    const ours = scoreSample((text) => lintLanguage(text));
    const theirs = scoreSample(lintWordList);
    const count = (lint: (text: string) => LanguageFinding[]) =>
      texts.reduce((sum, text) => sum + lint(text).length, 0);
    const lintAll = (lint: (text: string) => LanguageFinding[]) => () =>
      texts.forEach((t) => lint(t));
    const minMs = quick ? 300 : 3_000;
    await opsPerSecond(lintAll(lintLanguage), minMs / 3);
    await opsPerSecond(lintAll(lintWordList), minMs / 3);
    const subjectRate = await opsPerSecond(lintAll(lintLanguage), minMs);
    const baselineRate = await opsPerSecond(lintAll(lintWordList), minMs);
    const measurements: Measurement[] = [
      {
        name: 'false-positive rate on the labelled sample',
        value: percent(ours.falsePositives.length, ours.findings),
        unit: '% of findings',
        higherIsBetter: false,
        baseline: {
          label: 'word list',
          value: percent(theirs.falsePositives.length, theirs.findings),
        },
        target: { value: 5 },
        note: `${ours.findings} findings on ${LABELLED_LINES.length} labelled lines; false: ${ours.falsePositives.join('; ') || 'none'}`,
      },
      {
        name: 'recall on the labelled sample',
        value: 100 * ours.recall,
        unit: '%',
        higherIsBetter: true,
        baseline: { label: 'word list', value: 100 * theirs.recall },
        target: { value: 90 },
        note: `missed: ${ours.misses.join('; ') || 'none'}`,
      },
      {
        name: 'findings per 1,000 lines of real postmortems',
        value: (1000 * count(lintLanguage)) / lines,
        unit: 'findings',
        higherIsBetter: false,
        baseline: { label: 'word list', value: (1000 * count(lintWordList)) / lines },
      },
      {
        name: 'throughput',
        value: subjectRate * megabytes,
        unit: 'MB/s',
        higherIsBetter: true,
        baseline: { label: 'word list', value: baselineRate * megabytes },
        target: { ratio: 0.05 },
        note: `${Math.round((subjectRate * lines) / 1000)}k lines/s`,
      },
    ];
    return measurements;
  },
});
