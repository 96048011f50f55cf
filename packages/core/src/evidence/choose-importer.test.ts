import type { EvidenceFormat } from '@aftermath/domain';
import type { Importer } from '@aftermath/importers';
import { describe, expect, it } from 'vitest';
import { detectImporter, importerFor } from './choose-importer';

function anImporter(format: EvidenceFormat, confidence: number): Importer {
  return {
    format,
    description: format,
    detect: () => confidence,
    // eslint-disable-next-line require-yield -- detection tests never read
    async *read() {
      return Promise.resolve({ records: 0, problems: [] });
    },
  };
}

describe('format choice', () => {
  it('takes the surest importer at or above the threshold', () => {
    const importers = [
      anImporter('jsonlines', 0.5),
      anImporter('deploy', 0.9),
      anImporter('chat', 0.7),
    ];
    expect(detectImporter(importers, '{}', 'x.json').importer.format).toBe('deploy');
  });

  it('refuses to guess below the threshold, listing the formats it knows', () => {
    const importers = [anImporter('deploy', 0.49), anImporter('chat', 0.1)];
    expect(() => detectImporter(importers, 'hello', 'notes.txt')).toThrow(
      expect.objectContaining({
        code: 'validation',
        message: 'notes.txt: cannot tell its format; name one of: deploy, chat',
      }),
    );
  });

  it('refuses a named format no importer reads', () => {
    expect(() => importerFor([anImporter('deploy', 1)], 'slack')).toThrow(
      /no importer reads "slack"; known formats: auto, deploy/,
    );
    expect(importerFor([anImporter('deploy', 1)], 'auto')).toBeNull();
  });
});
