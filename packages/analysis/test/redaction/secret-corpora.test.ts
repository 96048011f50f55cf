// Recall and false positives on the secret-detection corpora of secretlint, detect-secrets and
// gitleaks (../shared/realdata/secrets-*), extracted into a temporary folder for the run. The
// target is every must-detect case caught and no must-not-detect case flagged; on failure the
// misses and false positives are listed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSensitive } from '../../src';
import { loadDetectSecretsCorpus } from './corpus/detect-secrets-corpus';
import { corporaAvailable, extractCorpus, realdataRoot } from './corpus/extract-corpus';
import { loadGitleaksCorpus } from './corpus/gitleaks-corpus';
import { scoreCorpus, type SecretCorpus } from './corpus/secret-corpus';
import { loadSecretlintCorpus } from './corpus/secretlint-corpus';

const loaders = {
  secretlint: loadSecretlintCorpus,
  'detect-secrets': loadDetectSecretsCorpus,
  gitleaks: loadGitleaksCorpus,
} as const;

/** The smallest number of cases each corpus must yield, so a broken loader cannot pass. */
const MINIMUM = { secretlint: 100, 'detect-secrets': 10, gitleaks: 4 } as const;

describe.skipIf(!corporaAvailable())('secret corpora (../shared/realdata/secrets-*)', () => {
  const corpora = new Map<string, SecretCorpus>();

  beforeAll(() => {
    for (const [name, load] of Object.entries(loaders)) {
      const { dir, dispose } = extractCorpus(name);
      try {
        corpora.set(name, load(dir));
      } finally {
        dispose();
      }
    }
  });

  describe.each(Object.keys(loaders) as (keyof typeof loaders)[])('%s', (name) => {
    it('catches every must-detect case', () => {
      const corpus = corpora.get(name) as SecretCorpus;
      const score = scoreCorpus(corpus, (document) =>
        findSensitive(document.text, document.options),
      );
      expect(score.expected).toBeGreaterThanOrEqual(MINIMUM[name]);
      expect(score.misses, `missed ${score.misses.length} of ${score.expected}`).toEqual([]);
    });

    it('flags no must-not-detect case', () => {
      const corpus = corpora.get(name) as SecretCorpus;
      const score = scoreCorpus(corpus, (document) =>
        findSensitive(document.text, document.options),
      );
      expect(score.negatives).toBeGreaterThan(0);
      expect(score.falsePositives, `${score.flagged} of ${score.negatives} flagged`).toEqual([]);
    });
  });

  afterAll(() => corpora.clear());
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const postmortems = ['postmortems-danluu', 'postmortems-icco', 'postmortems-reference-docs'].map(
  (folder) => join(realdataRoot, folder, 'dev'),
);

describe.skipIf(!postmortems.every((dir) => existsSync(dir)))('real postmortems', () => {
  it('hold no secret findings: they were published, so none is a true secret', () => {
    const flagged = postmortems
      .flatMap((dir) => listFiles(dir))
      .flatMap((file) =>
        findSensitive(readFileSync(file, 'utf8'), { kinds: ['secret'] }).map(
          (finding) =>
            `${file.slice(realdataRoot.length)}:${finding.line} ${finding.rule} ${finding.value}`,
        ),
      );
    expect(flagged).toEqual([]);
  });
});
