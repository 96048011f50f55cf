// secretlint's rule snapshots (../shared/realdata/secrets-secretlint): one folder per case,
// `ng.*` must be detected, `ok.*` must not; output.json holds secretlint's expected messages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RedactionOptions } from '../../../src';
import type { CorpusDocument, ExpectedSecret, SecretCorpus } from './secret-corpus';

/** Rule packages that test secretlint's machinery or the file system, not text content. */
const EXCLUDED_RULES: Record<string, string> = {
  example: "secretlint's template rule: it flags the word SECRET",
  'filter-comments': "secretlint's comment directives, tested with test-only rules",
  pattern: 'user-defined patterns and file-name globs',
  'no-dotenv': 'flags a file for its name (.env), not its content',
  'no-homedir': "depends on the scanning machine's home directory",
};

interface Snapshot {
  filePath: string;
  messages: {
    messageId: string;
    loc: { start: { line: number; column: number }; end: { line: number; column: number } };
  }[];
}

interface RuleOptions {
  allows?: string[];
  enableIDScanRule?: boolean;
}

/** `"/figd_…/"` → a RegExp, anything else stays an exact value (secretlint's `allows`). */
function allowEntry(entry: string): string | RegExp {
  const literal = /^\/(.+)\/([a-z]*)$/.exec(entry);
  return literal ? new RegExp(literal[1] ?? '', literal[2]) : entry;
}

/** Translates a case's `.secretlintrc.json` into our options: allow-lists and the AWS id switch. */
function optionsOf(caseDir: string): RedactionOptions {
  const file = join(caseDir, '.secretlintrc.json');
  if (!existsSync(file)) return { kinds: ['secret'] };
  const config = JSON.parse(readFileSync(file, 'utf8')) as { rules: { options?: RuleOptions }[] };
  const options = config.rules[0]?.options ?? {};
  return {
    kinds: ['secret'],
    allow: (options.allows ?? []).map(allowEntry),
    disabledRules: options.enableIDScanRule === false ? ['aws-access-key', 'aws-account-id'] : [],
  };
}

function expectedOf(snapshot: Snapshot): ExpectedSecret[] {
  return snapshot.messages.map((message) => ({
    label: message.messageId,
    startLine: message.loc.start.line,
    startColumn: message.loc.start.column,
    endLine: message.loc.end.line,
    endColumn: message.loc.end.column,
  }));
}

function loadCase(rule: string, caseDir: string, caseName: string): CorpusDocument | string {
  const snapshot = JSON.parse(readFileSync(join(caseDir, 'output.json'), 'utf8')) as Snapshot;
  const input = snapshot.filePath.replace(/^\[SNAPSHOT\]\/[^/]+\//, '');
  if (input.endsWith('.p12')) return 'binary PKCS#12 container: the redactor reads text';
  const expected = expectedOf(snapshot);
  if (caseName.startsWith('ng.') && expected.length === 0) {
    return "secretlint's own snapshot expects no finding for this ng case";
  }
  return {
    name: `${rule}/${caseName}`,
    text: readFileSync(join(caseDir, input), 'utf8'),
    options: optionsOf(caseDir),
    expected,
    clean: expected.length === 0 ? 'all' : 'none',
  };
}

/** Loads every case of the extracted secretlint corpus found under `root`. */
export function loadSecretlintCorpus(root: string): SecretCorpus {
  const packages = join(root, 'dev/packages/@secretlint');
  const corpus: SecretCorpus = { name: 'secretlint', documents: [], excluded: [] };
  for (const folder of readdirSync(packages).sort()) {
    const rule = folder.replace('secretlint-rule-', '');
    const snapshots = join(packages, folder, 'test/snapshots');
    for (const caseName of readdirSync(snapshots).sort()) {
      const name = `${rule}/${caseName}`;
      const reason = EXCLUDED_RULES[rule];
      if (reason) {
        corpus.excluded.push({ name, reason });
        continue;
      }
      const loaded = loadCase(rule, join(snapshots, caseName), caseName);
      if (typeof loaded === 'string') corpus.excluded.push({ name, reason: loaded });
      else corpus.documents.push(loaded);
    }
  }
  return corpus;
}
