// Redaction against secretlint 12 (preset-recommend) on the same secret corpora in the same run:
// throughput over every corpus document and over real evidence text (postmortems and logs), in
// CPU time so a busy machine does not skew the ratio; recall and false-positive rate per corpus for
// both; and secret findings on real postmortems written by others (there should be none).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lintSource } from '@secretlint/core';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { defineBenchmark, type Measurement } from '../../../bench/harness';
import { findSensitive } from '../src';
import { loadDetectSecretsCorpus } from '../test/redaction/corpus/detect-secrets-corpus';
import {
  corporaAvailable,
  extractCorpus,
  realdataRoot,
} from '../test/redaction/corpus/extract-corpus';
import { loadGitleaksCorpus } from '../test/redaction/corpus/gitleaks-corpus';
import {
  scoreCorpus,
  type CorpusDocument,
  type CorpusScore,
  type ReportedSpan,
  type SecretCorpus,
} from '../test/redaction/corpus/secret-corpus';
import { loadSecretlintCorpus } from '../test/redaction/corpus/secretlint-corpus';

const LOADERS = {
  secretlint: loadSecretlintCorpus,
  'detect-secrets': loadDetectSecretsCorpus,
  gitleaks: loadGitleaksCorpus,
} as const;

function loadCorpora(): SecretCorpus[] {
  return Object.entries(LOADERS).map(([name, load]) => {
    const { dir, dispose } = extractCorpus(name);
    try {
      return load(dir);
    } finally {
      dispose();
    }
  });
}

const secretlintConfig = {
  rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }],
};

/** secretlint's messages as per-line spans, scored the same way as ours. */
async function runSecretlint(document: CorpusDocument): Promise<ReportedSpan[]> {
  const result = await lintSource({
    source: {
      filePath: `/corpus/${document.name}`,
      content: document.text,
      ext: '',
      contentType: 'text',
    },
    options: { config: secretlintConfig, noPhysicFilePath: true },
  });
  return result.messages.flatMap((message) => {
    const { start, end } = message.loc;
    return Array.from({ length: end.line - start.line + 1 }, (_, i) => ({
      line: start.line + i,
      start: i === 0 ? start.column : 0,
      end: start.line + i === end.line ? end.column : Number.MAX_SAFE_INTEGER,
      rule: message.ruleId,
    }));
  });
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : (100 * part) / whole;
}

function scoreMeasurements(ours: CorpusScore, theirs: CorpusScore): Measurement[] {
  const misses = ours.misses.length > 0 ? `; missed: ${ours.misses.join(', ')}` : '';
  const flagged =
    ours.falsePositives.length > 0 ? `; flagged: ${ours.falsePositives.join(', ')}` : '';
  return [
    {
      name: `${ours.corpus}: recall`,
      value: percent(ours.caught, ours.expected),
      unit: '%',
      higherIsBetter: true,
      baseline: { label: 'secretlint', value: percent(theirs.caught, theirs.expected) },
      target: { value: 100 },
      note: `${ours.caught}/${ours.expected} must-detect (secretlint ${theirs.caught})${misses}`,
    },
    {
      name: `${ours.corpus}: false-positive rate`,
      value: percent(ours.flagged, ours.negatives),
      unit: '%',
      higherIsBetter: false,
      baseline: { label: 'secretlint', value: percent(theirs.flagged, theirs.negatives) },
      target: { value: 0 },
      note: `${ours.flagged}/${ours.negatives} must-not-detect units flagged (secretlint ${theirs.flagged})${flagged}`,
    },
  ];
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const POSTMORTEMS = ['postmortems-danluu', 'postmortems-icco', 'postmortems-reference-docs'];

function filesIn(folders: readonly string[], keep: (file: string) => boolean = () => true) {
  return folders
    .map((folder) => join(realdataRoot, folder, 'dev'))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => listFiles(dir))
    .filter(keep);
}

/** Real postmortems written by others: they hold no secrets, so every secret finding is false. */
function realPostmortems(): CorpusDocument[] {
  return filesIn(POSTMORTEMS).map((file) => ({
    name: file.slice(realdataRoot.length + 1),
    text: readFileSync(file, 'utf8'),
    options: { kinds: ['secret'] },
    expected: [],
    clean: 'all',
  }));
}

async function proseMeasurement(): Promise<Measurement> {
  const documents = realPostmortems();
  const corpus: SecretCorpus = { name: 'real postmortems', documents, excluded: [] };
  const ours = scoreCorpus(corpus, (document) => findSensitive(document.text, document.options));
  const theirsSpans = new Map<string, ReportedSpan[]>();
  for (const document of documents) theirsSpans.set(document.name, await runSecretlint(document));
  const theirs = scoreCorpus(corpus, (document) => theirsSpans.get(document.name) ?? []);
  const flagged = ours.falsePositives.slice(0, 5).join(', ');
  return {
    name: `real postmortems (${documents.length} files): documents with a secret finding`,
    value: ours.flagged,
    unit: 'documents',
    higherIsBetter: false,
    baseline: { label: 'secretlint', value: theirs.flagged },
    target: { value: 0 },
    note: flagged.length > 0 ? `e.g. ${flagged}` : 'none flagged',
  };
}

/**
 * Passes per CPU-second, best of `rounds`: the process's user + system time, which holds steady on
 * a busy machine where the wall clock does not.
 */
async function bestCpuRate(work: () => unknown, rounds: number): Promise<number> {
  let best = 0;
  for (let round = 0; round < rounds; round += 1) {
    const start = process.cpuUsage();
    await work();
    const used = process.cpuUsage(start);
    best = Math.max(best, 1e6 / (used.user + used.system));
  }
  return best;
}

interface ThroughputRun {
  name: string;
  documents: readonly CorpusDocument[];
  rounds: number;
  /** Our scan: all rules (the product's default) or secrets only (secretlint's job). */
  kinds: 'all' | 'secret';
  /** Whether being faster than secretlint is the target (a like-for-like comparison). */
  target: boolean;
}

async function throughput(run: ThroughputRun): Promise<Measurement> {
  const { documents, rounds } = run;
  const megabytes = documents.reduce((sum, document) => sum + document.text.length, 0) / 1e6;
  const options = run.kinds === 'secret' ? { kinds: ['secret' as const] } : {};
  const ours = () => documents.forEach((document) => findSensitive(document.text, options));
  const theirs = async () => {
    for (const document of documents) await runSecretlint(document);
  };
  await bestCpuRate(ours, 2);
  await bestCpuRate(theirs, 2);
  const subject = await bestCpuRate(ours, rounds);
  const baseline = await bestCpuRate(theirs, rounds);
  const scope = run.kinds === 'secret' ? 'secrets only' : 'all rules, secrets and PII';
  return {
    name: `${run.name} (${documents.length} files, ${(megabytes * 1000).toFixed(0)} kB), ${scope}`,
    value: subject * megabytes,
    unit: 'MB/s',
    higherIsBetter: true,
    baseline: { label: 'secretlint 12 preset-recommend', value: baseline * megabytes },
    target: run.target ? { ratio: 1 } : undefined,
    note: `CPU time, best of ${rounds}${run.target ? '' : '; PII rules are work secretlint does not do'}`,
  };
}

/** Evidence as it reaches a postmortem: real postmortems and raw logs (loghub, 2k lines each). */
function evidenceText(): CorpusDocument[] {
  const logs = filesIn(['loghub'], (file) => file.endsWith('_2k.log'));
  return [...realPostmortems(), ...logs.map((file) => document(file))];
}

function document(file: string): CorpusDocument {
  const text = readFileSync(file, 'utf8');
  return { name: file, text, options: {}, expected: [], clean: 'none' };
}

export default defineBenchmark({
  name: 'redaction: secrets and PII against secretlint 12',
  async run({ quick, log }) {
    if (!corporaAvailable()) {
      log('../shared/realdata/secrets-* not found: nothing to measure');
      return [];
    }
    const corpora = loadCorpora();
    const corpusDocuments = corpora.flatMap((corpus) => corpus.documents);
    const rounds = quick ? 3 : 10;
    const measurements = [
      await throughput({
        name: 'the three secret corpora',
        documents: corpusDocuments,
        rounds,
        kinds: 'all',
        target: true,
      }),
    ];
    const evidence = evidenceText();
    if (evidence.length > 0) {
      const name = 'real postmortems and logs';
      const base = { name, documents: evidence, rounds: quick ? 1 : 3 };
      measurements.push(await throughput({ ...base, kinds: 'secret', target: true }));
      measurements.push(await throughput({ ...base, kinds: 'all', target: false }));
    }
    for (const corpus of corpora) {
      const oursScore = scoreCorpus(corpus, (document) =>
        findSensitive(document.text, document.options),
      );
      const spans = new Map<string, ReportedSpan[]>();
      for (const document of corpus.documents)
        spans.set(document.name, await runSecretlint(document));
      const theirsScore = scoreCorpus(corpus, (document) => spans.get(document.name) ?? []);
      measurements.push(...scoreMeasurements(oursScore, theirsScore));
      log(
        `${corpus.name}: ${corpus.documents.length} documents, ${corpus.excluded.length} cases excluded`,
      );
    }
    measurements.push(await proseMeasurement());
    return measurements;
  },
});
