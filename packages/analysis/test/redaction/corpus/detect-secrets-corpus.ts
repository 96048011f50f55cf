// detect-secrets' test data (../shared/realdata/secrets-detect-secrets): baseline.file lists the
// expected findings by file and line with SHA-1 hashes of the secrets.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ExpectedSecret, SecretCorpus } from './secret-corpus';

interface BaselineEntry {
  type: string;
  line_number: number;
  hashed_secret: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function sha1(value: string): string {
  return createHash('sha1').update(value).digest('hex');
}

/** 1-based line numbers where a token of the line hashes to `hash`. */
function linesHolding(lines: string[], hash: string): number[] {
  const found: number[] = [];
  lines.forEach((line, i) => {
    // Tokens with and without `=` padding: the baseline hashes base64 values whole.
    const tokens = [
      ...(line.match(/[^\s"'=:,()[\]]+/g) ?? []),
      ...(line.match(/[A-Za-z0-9+/=_.@-]+/g) ?? []),
    ];
    if (tokens.some((token) => sha1(token) === hash)) found.push(i + 1);
  });
  return found;
}

/**
 * Places a baseline entry on the current file. The baseline was generated in 2020 and some files
 * changed since, so the secret is looked up by its hash: the baseline's own line when it still
 * holds the secret, else the line that does. A private key is hashed whole, so its baseline line
 * is kept. An entry whose secret no longer occurs is stale and left out.
 */
function place(lines: string[], entry: BaselineEntry): number | undefined {
  if (entry.type === 'Private Key') return entry.line_number;
  const holding = linesHolding(lines, entry.hashed_secret);
  return holding.includes(entry.line_number) ? entry.line_number : holding[0];
}

function wholeLine(label: string, line: number): ExpectedSecret {
  return {
    label,
    startLine: line,
    startColumn: 0,
    endLine: line,
    endColumn: Number.MAX_SAFE_INTEGER,
  };
}

/** Loads the extracted detect-secrets corpus found under `root`. */
export function loadDetectSecretsCorpus(root: string): SecretCorpus {
  const dataDir = join(root, 'dev/test_data');
  const baseline = JSON.parse(readFileSync(join(dataDir, 'baseline.file'), 'utf8')) as {
    results: Record<string, BaselineEntry[]>;
  };
  const corpus: SecretCorpus = { name: 'detect-secrets', documents: [], excluded: [] };
  for (const path of listFiles(dataDir).sort()) {
    const file = relative(dataDir, path);
    if (file === 'baseline.file') continue;
    const text = readFileSync(path, 'utf8');
    const lines = text.split(/\r?\n/);
    const expected: ExpectedSecret[] = [];
    for (const entry of baseline.results[file] ?? []) {
      const line = place(lines, entry);
      if (line === undefined) {
        corpus.excluded.push({
          name: `${file}:${entry.line_number} ${entry.type}`,
          reason: 'stale baseline entry: its secret no longer occurs in the file',
        });
      } else if (!expected.some((secret) => secret.startLine === line)) {
        expected.push(wholeLine(entry.type, line));
      }
    }
    const listed = file in baseline.results;
    corpus.documents.push({
      name: file,
      text,
      options: { kinds: ['secret'] },
      expected,
      clean: listed ? 'none' : 'all',
    });
  }
  return corpus;
}
