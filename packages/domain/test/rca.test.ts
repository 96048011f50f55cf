import { describe, expect, it } from 'vitest';
import {
  defaultRcaTaxonomy,
  emptyRca,
  isEmptyRca,
  postmortem,
  rcaTaxonomy,
  rootCauseAnalysis,
  savePostmortemInput,
} from '../src';

const filled = {
  trigger: 'config-push',
  rootCauses: ['configuration', 'development-process'],
  factors: [
    {
      id: 'f1',
      category: 'detection',
      description: 'The pool-saturation alert was sized for a full outage.',
      entryIds: ['e-1', 'e-2'],
    },
  ],
  whys: [
    {
      id: 'w1',
      problem: 'Checkout failed for 18% of attempts.',
      links: [
        {
          why: 'Why did checkout fail?',
          answer: 'The gateway pool had 20 connections instead of 200.',
          evidence: [{ entryId: 'e-1' }, { evidenceId: 'ev-18', locator: '#/deployment' }],
        },
      ],
    },
  ],
};

function paths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('rootCauseAnalysis', () => {
  it('accepts a filled analysis and the empty one', () => {
    expect(rootCauseAnalysis.parse(filled)).toEqual(filled);
    expect(isEmptyRca(rootCauseAnalysis.parse(emptyRca))).toBe(true);
    expect(isEmptyRca(rootCauseAnalysis.parse(filled))).toBe(false);
  });

  it('names the field of a code that is not lower-case kebab-case', () => {
    const result = rootCauseAnalysis.safeParse({ ...filled, trigger: 'Config Push' });
    expect(paths(result)).toEqual(['trigger']);
    const roots = rootCauseAnalysis.safeParse({ ...filled, rootCauses: ['ok', 'human_error'] });
    expect(paths(roots)).toEqual(['rootCauses.1']);
  });

  it('rejects repeated root causes, factor ids and chain ids', () => {
    const result = rootCauseAnalysis.safeParse({
      ...filled,
      rootCauses: ['configuration', 'configuration'],
      factors: [filled.factors[0], filled.factors[0]],
      whys: [filled.whys[0], filled.whys[0]],
    });
    expect(paths(result)).toEqual(['rootCauses.1', 'factors.1', 'whys.1']);
  });

  it('rejects an unknown factor category and evidence citing nothing', () => {
    const result = rootCauseAnalysis.safeParse({
      ...filled,
      factors: [{ ...filled.factors[0], category: 'blame' }],
      whys: [{ ...filled.whys[0], links: [{ why: 'Why?', answer: 'Because.', evidence: [{}] }] }],
    });
    expect(paths(result)).toEqual(['factors.0.category', 'whys.0.links.0.evidence.0']);
  });
});

describe('postmortem rca field', () => {
  const base = {
    incidentKey: 'INC-1',
    owner: null,
    status: 'draft',
    template: 'default',
    sections: {
      summary: '',
      impact: '',
      trigger: '',
      rootCauses: '',
      contributingFactors: '',
      detection: '',
      resolution: '',
      wentWell: '',
      wentWrong: '',
      gotLucky: '',
      lessons: '',
    },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 1,
  };

  it('defaults to an empty analysis when a postmortem has none', () => {
    expect(postmortem.parse(base).rca).toEqual(emptyRca);
  });

  it('can be saved whole, and only with a valid analysis', () => {
    expect(savePostmortemInput.parse({ rca: filled }).rca).toEqual(filled);
    const bad = savePostmortemInput.safeParse({ rca: { ...filled, factors: 'many' } });
    expect(paths(bad)).toEqual(['rca.factors']);
  });
});

describe('rcaTaxonomy', () => {
  it('accepts the default taxonomy, which has no "human error" root cause', () => {
    expect(rcaTaxonomy.parse(defaultRcaTaxonomy)).toEqual(defaultRcaTaxonomy);
    const codes = defaultRcaTaxonomy.rootCauses.map((e) => e.code).join(' ');
    expect(codes).not.toMatch(/human|operator/);
    expect(defaultRcaTaxonomy.triggers.map((e) => e.code)).toContain('config-push');
  });

  it('rejects a code that appears twice, naming where', () => {
    const triggers = [...defaultRcaTaxonomy.triggers, defaultRcaTaxonomy.triggers[0]!];
    const result = rcaTaxonomy.safeParse({ ...defaultRcaTaxonomy, triggers });
    expect(paths(result)).toEqual([`triggers.${triggers.length - 1}.code`]);
  });

  it('rejects an empty list and a missing label', () => {
    const result = rcaTaxonomy.safeParse({
      triggers: [],
      rootCauses: [{ code: 'x', label: ' ', description: '' }],
    });
    expect(paths(result)).toEqual(['triggers', 'rootCauses.0.label']);
  });
});
