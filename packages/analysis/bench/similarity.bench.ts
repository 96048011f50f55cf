// Precision@5 of similar-incident ranking on real data with categories as labels: a result is
// relevant when it shares a label with the query (icco postmortem categories; components of
// GitHub's status-page incidents). Each document is the query once, against all the others.
// Baselines in the same run: plain term overlap (count of shared words, same tokenizer) and the
// expected precision of a random ranking (exact: share of relevant documents).
import { defineBenchmark, type Measurement } from '../../../bench/harness';
import { buildSimilarityIndex, rankSimilar, tokenize } from '../src';
import {
  loadIccoPostmortems,
  loadStatuspageIncidents,
  type LabelledDocument,
} from './similarity-corpora';

const K = 5;

function relevant(a: LabelledDocument, b: LabelledDocument): boolean {
  return a.labels.some((label) => b.labels.includes(label));
}

function termSet(doc: LabelledDocument): Set<string> {
  return new Set(tokenize(Object.values(doc.document.fields).join('\n')).map((t) => t.stem));
}

interface Scores {
  bm25: number;
  overlap: number;
  random: number;
  queries: number;
}

function score(corpus: LabelledDocument[]): Scores {
  const index = buildSimilarityIndex(corpus.map((d) => d.document));
  const byKey = new Map(corpus.map((d) => [d.document.key, d]));
  const terms = corpus.map(termSet);
  const totals = { bm25: 0, overlap: 0, random: 0, queries: 0 };
  corpus.forEach((query, qi) => {
    const others = corpus.filter((_, i) => i !== qi);
    const relevantCount = others.filter((other) => relevant(query, other)).length;
    if (relevantCount === 0) return;
    totals.queries += 1;
    totals.random += relevantCount / others.length;
    const ranked = rankSimilar(index, { ...query.document }, { limit: K });
    totals.bm25 += ranked.filter((m) => relevant(query, byKey.get(m.key) ?? query)).length / K;
    const mine = terms[qi] ?? new Set<string>();
    const overlap = corpus
      .map((doc, i) => ({ doc, i, shared: i === qi ? -1 : countShared(mine, terms[i]) }))
      .sort((a, b) => b.shared - a.shared || a.i - b.i)
      .slice(0, K);
    totals.overlap += overlap.filter(({ doc }) => relevant(query, doc)).length / K;
  });
  const n = Math.max(1, totals.queries);
  return {
    bm25: totals.bm25 / n,
    overlap: totals.overlap / n,
    random: totals.random / n,
    queries: totals.queries,
  };
}

function countShared(a: Set<string>, b: Set<string> | undefined): number {
  let shared = 0;
  for (const term of a) if (b?.has(term)) shared += 1;
  return shared;
}

function measurements(name: string, s: Scores): Measurement[] {
  const note = `${s.queries} queries, relevant = shares a label`;
  return [
    {
      name: `${name}: precision@5 vs term overlap`,
      value: s.bm25,
      unit: 'precision',
      higherIsBetter: true,
      baseline: { label: 'shared-word count', value: s.overlap },
      target: { ratio: 1 },
      note,
    },
    {
      name: `${name}: precision@5 vs random ranking`,
      value: s.bm25,
      unit: 'precision',
      higherIsBetter: true,
      baseline: { label: 'random (expected)', value: s.random },
      target: { ratio: 1.1 },
      note,
    },
  ];
}

export default defineBenchmark({
  name: 'similarity: precision@5 on labelled real incidents',
  run({ quick, log }) {
    const out: Measurement[] = [];
    for (const [name, load] of [
      ['icco postmortems (categories)', loadIccoPostmortems],
      ['GitHub status page (components)', loadStatuspageIncidents],
    ] as const) {
      const corpus = load().slice(0, quick ? 150 : undefined);
      if (corpus.length === 0) {
        log(`${name}: real data not found under ../shared/realdata, skipped`);
        continue;
      }
      log(`${name}: ${corpus.length} labelled documents`);
      out.push(...measurements(name, score(corpus)));
    }
    return Promise.resolve(out);
  },
});
