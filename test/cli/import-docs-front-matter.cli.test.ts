import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const icco = resolve(import.meta.dirname, '../../../shared/realdata/postmortems-icco/dev/data');

interface Hits {
  total: number;
  items: { key: string; title: string; services: string[] }[];
  facets: Record<string, { value: string; count: number }[]>;
}

describe('aftermath import-docs --format front-matter', { timeout: 180_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-front-matter-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('imports all 242 icco postmortems and makes them searchable by words and category', async () => {
    const data = ['--data', join(dir, 'icco')];
    const files = (await readdir(icco)).filter((name) => name.endsWith('.md'));
    expect(files).toHaveLength(242);
    const result = await runCli([
      'import-docs',
      icco,
      '--format',
      'front-matter',
      '--json',
      ...data,
    ]);
    expect(result.code).toBe(0);
    const { imported, failed } = JSON.parse(result.stdout) as {
      imported: string[];
      failed: string[];
    };
    expect(failed).toEqual([]);
    expect(imported).toHaveLength(242);

    const search = async (...args: string[]) =>
      JSON.parse((await runCli(['search', ...args, '--json', ...data])).stdout) as Hits;
    const simpledb = await search('SimpleDB');
    expect(simpledb.items[0]).toMatchObject({
      title: 'Amazon SimpleDB US East Region Disruption on June 13',
      services: ['amazon-simpledb'],
    });
    const shown = await runCli(['incident', 'show', simpledb.items[0]!.key, '--json', ...data]);
    const { tags } = JSON.parse(shown.stdout) as { tags: string[] };
    expect(tags).toEqual(expect.arrayContaining(['cloud', 'us-east', 'lock-service']));
    // The category facet counts what SOURCE.txt lists, and narrows a query.
    const all = await search('--limit', '1');
    expect(all.total).toBe(242);
    expect(all.facets.tag).toEqual(
      expect.arrayContaining([
        { value: 'config-change', count: 111 },
        { value: 'cloud', count: 108 },
      ]),
    );
    const cloudflare = await search('Cloudflare');
    const security = await search('Cloudflare', '--tag', 'security');
    expect(security.total).toBeGreaterThan(0);
    expect(security.total).toBeLessThan(cloudflare.total);
  });

  it('names file, line and field for a bad file, writes nothing for it, and follows --mapping', async () => {
    const data = ['--data', join(dir, 'small')];
    const good = join(dir, 'good.md');
    const bad = join(dir, 'bad.md');
    const mapping = join(dir, 'mapping.yaml');
    await writeFile(
      good,
      '---\nheadline: DNS broke\nlabels: [DNS]\nsystem: Edge\n---\nTTL too long.\n',
    );
    await writeFile(bad, '---\nheadline: Late\nsystem: Edge\nend_time: soon\n---\n');
    await writeFile(
      mapping,
      'title: headline\ntags: labels\nservice: system\nbodySection: resolution\n',
    );
    const args = ['import-docs', good, bad, '--format', 'front-matter', '--mapping', mapping];
    const result = await runCli([...args, '--json', ...data]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad}:4: end_time: expected an ISO 8601 timestamp`);
    expect(JSON.parse(result.stdout)).toEqual({ imported: ['INC-1'], failed: [bad] });
    const shown = JSON.parse(
      (await runCli(['incident', 'show', 'INC-1', '--json', ...data])).stdout,
    ) as unknown;
    expect(shown).toMatchObject({ title: 'DNS broke', tags: ['dns'], services: ['edge'] });

    const wrongMapping = join(dir, 'wrong.json');
    await writeFile(wrongMapping, '{"bodySection": "epilogue"}');
    const refused = await runCli([
      'import-docs',
      good,
      '--format',
      'front-matter',
      '--mapping',
      wrongMapping,
      ...data,
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${wrongMapping}:1: bodySection`);
    const unknown = await runCli(['import-docs', good, '--format', 'word', ...data]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--format: expected aftermath or front-matter');
  });
});
