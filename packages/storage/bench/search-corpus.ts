// Synthetic postmortems for the search benchmark, recombined at run time from the sentences of
// the icco corpus (read from ../shared/realdata, never copied into the repository).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const iccoFolder = resolve(
  import.meta.dirname,
  '../../../../shared/realdata/postmortems-icco/dev/data',
);

/** The pieces synthetic documents are made of. */
export interface CorpusParts {
  sentences: string[];
  titles: string[];
  services: string[];
  tags: string[];
}

function field(front: string, name: string): string | null {
  const match = new RegExp(`^${name}: (.+)$`, 'm').exec(front);
  return match?.[1]?.replace(/^"|"$/g, '').trim() || null;
}

/** Reads sentences, titles, services and categories from the icco files. */
export function readCorpusParts(): CorpusParts {
  const parts: CorpusParts = { sentences: [], titles: [], services: [], tags: [] };
  const tags = new Set<string>();
  const services = new Set<string>();
  for (const name of readdirSync(iccoFolder).filter((file) => file.endsWith('.md'))) {
    const text = readFileSync(join(iccoFolder, name), 'utf8');
    const [, front = '', body = ''] = text.split(/^---$/m);
    const title = field(front, 'title');
    if (title) parts.titles.push(title);
    const company = field(front, 'company')
      ?.toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
    if (company) services.add(company.replace(/^-+|-+$/g, ''));
    for (const match of front.matchAll(/^- ([a-z-]+)$/gm)) tags.add(match[1]!);
    const prose = `${field(front, 'summary') ?? ''} ${body}`.replace(/\s+/g, ' ');
    for (const sentence of prose.split(/(?<=[.!?])\s+/)) {
      if (sentence.length > 30 && sentence.length < 400) parts.sentences.push(sentence);
    }
  }
  parts.services = [...services].filter((s) => s !== '');
  parts.tags = [...tags];
  return parts;
}

/** A tiny deterministic generator, so every run builds the same corpus. */
export function createRandom(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    return state % below;
  };
}

/** One synthetic postmortem: a title, a summary and a body of recombined sentences. */
export interface SyntheticPostmortem {
  title: string;
  summary: string;
  body: string;
  service: string;
  tags: string[];
  startedAt: string;
}

/** Builds document `index` of the corpus from `parts`. */
export function synthesise(
  parts: CorpusParts,
  random: (below: number) => number,
  index: number,
): SyntheticPostmortem {
  const pick = <T>(list: T[]) => list[random(list.length)]!;
  const sentences = (count: number) => Array.from({ length: count }, () => pick(parts.sentences));
  const day = new Date(Date.UTC(2015, 0, 1) + random(4000) * 86_400_000 + random(86_400) * 1000);
  return {
    title: `${pick(parts.titles)} (${index})`,
    summary: sentences(2).join(' '),
    body: sentences(6 + random(8)).join(' '),
    service: pick(parts.services),
    tags: [pick(parts.tags), pick(parts.tags)].filter((tag, i, all) => all.indexOf(tag) === i),
    startedAt: day.toISOString(),
  };
}
