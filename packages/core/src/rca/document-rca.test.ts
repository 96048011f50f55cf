import { defaultRcaTaxonomy, type RootCauseAnalysis } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { findRcaReferenceProblems, taxonomyCodes } from './check-rca';
import { rcaFromDocument, rcaToDocument } from './document-rca';

const stored: RootCauseAnalysis = {
  trigger: 'config-push',
  rootCauses: ['configuration'],
  factors: [
    { id: 'f1', category: 'detection', description: 'Late alert', entryIds: ['e-2', 'gone'] },
  ],
  whys: [
    {
      id: 'w1',
      problem: 'Checkout failed',
      links: [
        {
          why: 'Why?',
          answer: 'Pool too small',
          evidence: [
            { entryId: 'e-1' },
            { entryId: 'gone', evidenceId: 'ev-1' },
            { entryId: 'gone' },
          ],
        },
      ],
    },
  ],
};

describe('RCA citations in documents', () => {
  it('writes entry ids as timeline positions, dropping citations of deleted entries', () => {
    const doc = rcaToDocument(stored, ['e-1', 'e-2']);
    expect(doc.factors[0]?.entryIds).toEqual(['T2']);
    expect(doc.whys[0]?.links[0]?.evidence).toEqual([{ entryId: 'T1' }, { evidenceId: 'ev-1' }]);
  });

  it('reads positions back as the ids the imported entries got, keeping unknown ones to be reported', () => {
    const doc = rcaToDocument(stored, ['e-1', 'e-2']);
    const back = rcaFromDocument(
      { ...doc, factors: [{ ...doc.factors[0]!, entryIds: ['T2', 'T9'] }] },
      ['n-1', 'n-2'],
    );
    expect(back.factors[0]?.entryIds).toEqual(['n-2', 'T9']);
    expect(back.whys[0]?.links[0]?.evidence[0]).toEqual({ entryId: 'n-1' });
    const problems = findRcaReferenceProblems(back, {
      ...taxonomyCodes(defaultRcaTaxonomy),
      entryIds: new Set(['n-1', 'n-2']),
      evidenceIds: new Set(['ev-1']),
    });
    expect(problems).toEqual([
      {
        path: 'rca.factors.0.entryIds.1',
        message: '"T9" is not a timeline entry of this incident',
      },
    ]);
  });
});
