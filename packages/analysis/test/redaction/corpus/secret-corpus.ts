// The shape every labelled secret corpus is turned into, and the scoring of a detector on it.
import type { RedactionOptions } from '../../../src';

/** A span a detector must report; columns are 0-based, lines 1-based, `end` exclusive. */
export interface ExpectedSecret {
  label: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/**
 * One scanned input. `clean` says what must stay free of findings: the whole document (`all`),
 * every line without an expected secret (`other-lines`), or nothing (`none`: the corpus only lists
 * what must be found, so other findings are reported as unlisted, not as false positives).
 */
export interface CorpusDocument {
  name: string;
  text: string;
  options: RedactionOptions;
  expected: ExpectedSecret[];
  clean: 'all' | 'other-lines' | 'none';
}

/** A corpus ready to score, with the cases left out and why. */
export interface SecretCorpus {
  name: string;
  documents: CorpusDocument[];
  excluded: { name: string; reason: string }[];
}

/** What a detector reported: a line (1-based) and a span within it. */
export interface ReportedSpan {
  line: number;
  start: number;
  end: number;
  rule: string;
}

export type Detector = (document: CorpusDocument) => ReportedSpan[];

/** A detector's score on one corpus. */
export interface CorpusScore {
  corpus: string;
  expected: number;
  caught: number;
  /** Must-not-detect units: clean documents plus clean lines. */
  negatives: number;
  flagged: number;
  misses: string[];
  falsePositives: string[];
  unlisted: string[];
}

function overlaps(span: ReportedSpan, secret: ExpectedSecret): boolean {
  if (span.line < secret.startLine || span.line > secret.endLine) return false;
  if (span.line === secret.endLine && secret.endLine > secret.startLine && secret.endColumn === 0) {
    return false;
  }
  const from = span.line === secret.startLine ? secret.startColumn : 0;
  const to = span.line === secret.endLine ? secret.endColumn : Number.POSITIVE_INFINITY;
  return span.end > from && span.start < to;
}

function describeSpan(document: CorpusDocument, span: ReportedSpan): string {
  const line = document.text.split(/\r?\n|\r/)[span.line - 1] ?? '';
  return `${document.name}:${span.line} ${span.rule} "${line.slice(span.start, span.end).slice(0, 60)}"`;
}

/** Scores a detector: recall over expected secrets, false positives over clean units. */
export function scoreCorpus(corpus: SecretCorpus, detect: Detector): CorpusScore {
  const score: CorpusScore = {
    corpus: corpus.name,
    expected: 0,
    caught: 0,
    negatives: 0,
    flagged: 0,
    misses: [],
    falsePositives: [],
    unlisted: [],
  };
  for (const document of corpus.documents) {
    const spans = detect(document);
    for (const secret of document.expected) {
      score.expected += 1;
      if (spans.some((span) => overlaps(span, secret))) score.caught += 1;
      else score.misses.push(`${document.name}:${secret.startLine} ${secret.label}`);
    }
    const extra = spans.filter(
      (span) => !document.expected.some((secret) => overlaps(span, secret)),
    );
    scoreExtra(score, document, extra);
  }
  return score;
}

function scoreExtra(score: CorpusScore, document: CorpusDocument, extra: ReportedSpan[]): void {
  const described = extra.map((span) => describeSpan(document, span));
  if (document.clean === 'none') {
    score.unlisted.push(...described);
    return;
  }
  if (document.clean === 'all') {
    score.negatives += 1;
    if (extra.length > 0) score.flagged += 1;
    score.falsePositives.push(...described);
    return;
  }
  const expectedLines = new Set(document.expected.map((secret) => secret.startLine));
  const lineCount = document.text.split(/\r?\n|\r/).length;
  score.negatives += lineCount - expectedLines.size;
  score.flagged += new Set(extra.map((span) => span.line)).size;
  score.falsePositives.push(...described);
}
