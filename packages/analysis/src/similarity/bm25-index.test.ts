import { describe, expect, it } from 'vitest';
import {
  buildBm25Index,
  inverseDocumentFrequency,
  scoreBm25,
  type Bm25Parameters,
} from './bm25-index';
import type { SimilarityDocument, SimilarityField } from './similarity-document';

const summaryOnly: Record<SimilarityField, number> = {
  title: 0,
  summary: 1,
  trigger: 0,
  rootCause: 0,
  tags: 0,
  timeline: 0,
};
const plain: Bm25Parameters = { k1: 1.2, b: 0.75, fieldWeights: summaryOnly };

function doc(key: string, summary: string, title = ''): SimilarityDocument {
  return {
    key,
    fields: { title, summary, trigger: '', rootCause: '', tags: '', timeline: '' },
    services: [],
    triggerCode: null,
    rootCauseCodes: [],
    at: '2026-01-01T00:00:00Z',
  };
}

// Corpus: D1 "disk full" (2 tokens), D2 "disk latency disk" (3), D3 "network latency" (2).
// N = 3, avgdl = 7/3. For "disk": n = 2, idf = ln(1 + 1.5 / 2.5) = ln 1.6 = 0.4700036.
// D1: tf 1, K = 1.2 × (0.25 + 0.75 × 2 / (7/3)) = 1.0714286 → 0.4700036 × 2.2 / 2.0714286 = 0.4991763
// D2: tf 2, K = 1.2 × (0.25 + 0.75 × 3 / (7/3)) = 1.4571429 → 0.4700036 × 4.4 / 3.4571429 = 0.5981864
// For "latency network": latency n = 2 (idf 0.4700036), network n = 1 (idf ln(1 + 2.5/1.5) = 0.9808293).
// D2: latency tf 1 at length 3 → 0.4700036 × 2.2 / 2.4571429 = 0.4208172
// D3: latency 0.4991763 + network 0.9808293 × 2.2 / 2.0714286 = 1.0417083; sum = 1.5408846
const corpus = [
  doc('D1', 'disk full'),
  doc('D2', 'disk latency disk'),
  doc('D3', 'network latency'),
];

describe('scoreBm25', () => {
  it.each([
    { query: ['disk'], expected: [0.4991763, 0.5981864, 0] },
    { query: ['network'], expected: [0, 0, 1.0417083] },
    { query: ['latency', 'network'], expected: [0, 0.4208172, 1.5408846] },
    { query: ['absent'], expected: [0, 0, 0] },
  ])('scores $query by hand-computed BM25', ({ query, expected }) => {
    const { scores } = scoreBm25(buildBm25Index(corpus, plain), query);
    expect([...scores].map((s) => Number(s.toFixed(6)))).toEqual(
      expected.map((s) => Number(s.toFixed(6))),
    );
  });

  it('counts a repeated query word once', () => {
    const index = buildBm25Index(corpus, plain);
    expect(scoreBm25(index, ['disk', 'disk']).scores).toEqual(scoreBm25(index, ['disk']).scores);
  });

  it('weighs a title word by the title weight: tf 3 and length 3 for one title word', () => {
    // D1 title "disk" (weight 3) and D2 summary "disk cache quota" (3 × weight 1): equal lengths,
    // tf 3 against tf 1, so D1 must outrank D2.
    const weights = { ...summaryOnly, title: 3 };
    const index = buildBm25Index([doc('D1', '', 'disk'), doc('D2', 'disk cache quota')], {
      ...plain,
      fieldWeights: weights,
    });
    expect(index.lengths).toEqual([3, 3]);
    const [first = 0, second = 0] = scoreBm25(index, ['disk']).scores;
    const idf = inverseDocumentFrequency(2, 2);
    expect(first).toBeCloseTo((idf * 3 * 2.2) / (3 + 1.2), 9);
    expect(second).toBeCloseTo((idf * 1 * 2.2) / (1 + 1.2), 9);
  });
});

describe('inverseDocumentFrequency', () => {
  it.each([
    [3, 1, Math.log(1 + 2.5 / 1.5)],
    [3, 3, Math.log(1 + 0.5 / 3.5)],
    [1000, 1, Math.log(1 + 999.5 / 1.5)],
  ])('N=%i n=%i', (total, containing, expected) => {
    expect(inverseDocumentFrequency(total, containing)).toBeCloseTo(expected, 12);
  });
});
