import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realdataRoot, realdataSource, runImport } from '../json-documents/test-support';
import { textLogImporter } from './log.importers';

const systems = ['Apache', 'BGL', 'HDFS', 'Linux', 'OpenStack', 'Zookeeper'] as const;
const pathOf = (system: string): string => `loghub/dev/${system}/${system}_2k.log`;
const options = { evidenceId: 'ev-loghub', defaultZone: 'UTC', referenceYear: 2005 };

describe.skipIf(!existsSync(resolve(realdataRoot, 'loghub/dev')))(
  'loghub samples as text logs',
  () => {
    for (const system of systems) {
      it(`${system}: 2,000 lines become a few bursts that point back at real lines`, async () => {
        const lines = readFileSync(resolve(realdataRoot, pathOf(system)), 'utf8').split('\n');
        const result = await runImport(
          textLogImporter,
          realdataSource(pathOf(system), 4096),
          options,
        );
        expect(result.records).toBe(2000);
        expect(result.problems).toEqual([]);
        expect(result.items.length).toBeGreaterThan(0);
        expect(result.items.length).toBeLessThan(2000 / 8);
        for (const { entry } of result.items) {
          expect(Date.parse(entry.at)).toBeGreaterThan(Date.parse('2004-01-01T00:00:00Z'));
          const line = entry.evidence?.line ?? 0;
          const example = /^Example: (.*)$/m.exec(entry.body)?.[1];
          // The body keeps the line's start (cut past 500 characters, trailing blanks trimmed).
          expect(example?.length).toBeGreaterThan(20);
          expect(lines[line - 1]?.startsWith(example?.replace(/…$/, '') ?? '-')).toBe(true);
        }
      });
    }

    it('gives identical dedupe keys when the same file is imported twice', async () => {
      const first = await runImport(textLogImporter, realdataSource(pathOf('HDFS'), 1000), options);
      const again = await runImport(textLogImporter, realdataSource(pathOf('HDFS')), options);
      const keys = first.items.map((item) => item.dedupeKey);
      expect(again.items.map((item) => item.dedupeKey)).toEqual(keys);
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('tags the error lines of Apache as error bursts with counts', async () => {
      const result = await runImport(textLogImporter, realdataSource(pathOf('Apache')), options);
      const titles = result.items.map((item) => item.entry.title);
      expect(titles).toContain('[ERROR] mod_jk child workerEnv in error state <*> ×36');
    });
  },
);
