// gitleaks' test data (../shared/realdata/secrets-gitleaks): fixture files with planted keys and
// the reports gitleaks is expected to write. The planted secrets are the AWS key its
// .gitleaksignore fingerprints (aws-access-key) and the DB_PASSWORD of .env.prod; every other line
// of those fixtures, and every report file, must stay clean.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusDocument, ExpectedSecret, SecretCorpus } from './secret-corpus';

const PLANTED = [/AKIA[A-Z0-9]{16}/, /^DB_PASSWORD=/];

function plantedSecrets(text: string): ExpectedSecret[] {
  const expected: ExpectedSecret[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const pattern of PLANTED) {
      const match = pattern.exec(line);
      if (!match) continue;
      const column = match[0].startsWith('DB_') ? match[0].length : match.index;
      expected.push({
        label: pattern.source,
        startLine: i + 1,
        startColumn: column,
        endLine: i + 1,
        endColumn: line.length,
      });
    }
  });
  return expected;
}

/** Loads the extracted gitleaks corpus found under `root`. */
export function loadGitleaksCorpus(root: string): SecretCorpus {
  const testdata = join(root, 'dev/testdata');
  const corpus: SecretCorpus = { name: 'gitleaks', documents: [], excluded: [] };
  const fixtures = [
    'repos/nogit/.env.prod',
    'expected/git/small.txt',
    'expected/git/small-branch-foo.txt',
  ];
  for (const file of fixtures) {
    const text = readFileSync(join(testdata, file), 'utf8');
    corpus.documents.push({
      name: file,
      text,
      options: { kinds: ['secret'] },
      expected: plantedSecrets(text),
      clean: 'other-lines',
    });
  }
  for (const folder of ['expected/report', 'baseline']) {
    for (const name of readdirSync(join(testdata, folder)).sort()) {
      const file = `${folder}/${name}`;
      const text = readFileSync(join(testdata, file), 'utf8');
      corpus.documents.push({
        name: file,
        text,
        options: { kinds: ['secret'] },
        expected: [],
        clean: 'all',
      } satisfies CorpusDocument);
    }
  }
  corpus.excluded.push({
    name: 'repos/nogit/.gitleaksignore',
    reason: 'an ignore list of fingerprints, not scanned content',
  });
  return corpus;
}
