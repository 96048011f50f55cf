import type { PostmortemDocument, RootCauseAnalysis } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { parsePostmortemMarkdown, renderPostmortemMarkdown } from '../../src';
import { makeDocument } from './document-factory';

const rca: RootCauseAnalysis = {
  trigger: 'config-push',
  rootCauses: ['configuration', 'development-process'],
  factors: [
    {
      id: 'f1',
      category: 'change-management',
      description: 'Config pushes skip the canary stage | unlike code.',
      entryIds: ['T1'],
    },
    {
      id: 'f2',
      category: 'detection',
      description: 'No pool alert.\nOnly error rate.',
      entryIds: [],
    },
  ],
  whys: [
    {
      id: 'w1',
      problem: 'Checkout failed for 18% of attempts.',
      links: [
        {
          why: 'Why did checkout fail?',
          answer: 'The gateway pool had 20 connections.',
          evidence: [{ entryId: 'T2' }, { evidenceId: 'ev-18' }],
        },
        {
          why: 'Why was the pool 20?',
          answer: 'Push #4411 changed it.',
          evidence: [{ entryId: 'T1', evidenceId: 'ev 18', locator: '#/deployment' }],
        },
        { why: 'Why was it not caught?', answer: 'No canary.', evidence: [] },
      ],
    },
    { id: 'w2', problem: 'Detection took five minutes.', links: [] },
  ],
};

function withRca(value: RootCauseAnalysis): PostmortemDocument {
  const doc = makeDocument();
  return { ...doc, postmortem: doc.postmortem && { ...doc.postmortem, rca: value } };
}

describe('coded RCA in Aftermath Markdown', () => {
  it('writes codes in the front matter and factors and whys as tables, and reads them back exactly', () => {
    const doc = withRca(rca);
    const text = renderPostmortemMarkdown(doc);
    expect(text).toContain(
      '  template: standard\n  trigger: config-push\n  rootCauses:\n    - configuration\n',
    );
    expect(text).toContain(
      '## Contributing factor table\n\n| ID | Category | Description | Timeline entries |\n| --- | --- | --- | --- |\n| f1 | change-management | Config pushes skip the canary stage \\| unlike code. | T1 |',
    );
    expect(text).toContain(
      '| w1 | Checkout failed for 18% of attempts. | Why did checkout fail? | The gateway pool had 20 connections. | T2<br>ev-18 |',
    );
    expect(text).toContain('| w2 | Detection took five minutes. |  |  |  |');
    expect(text.indexOf('## Five whys')).toBeLessThan(text.indexOf('## Timeline'));
    const back = parsePostmortemMarkdown(text, 'INC-7.md');
    expect(back).toEqual(doc);
    expect(renderPostmortemMarkdown(back)).toBe(text);
  });

  it('writes nothing extra for an empty analysis, so older files stay byte for byte', () => {
    const text = renderPostmortemMarkdown(
      withRca({ trigger: null, rootCauses: [], factors: [], whys: [] }),
    );
    expect(text).not.toMatch(/trigger:|rootCauses:|Contributing factor table|Five whys/);
  });

  it('follows entries when a hand-written timeline is out of time order', () => {
    const text = renderPostmortemMarkdown(withRca(rca));
    const rows = text.split('\n').filter((line) => line.startsWith('| 2026-03-04T09:0'));
    const [first, second] = rows;
    const swapped = text.replace(`${first}\n${second}`, `${second}\n${first}`);
    // Refs name file rows: the factor now says T2 for the same entry; the why still says T2,
    // which is now the other entry. Both come back as positions in time order.
    const edited = swapped.replace('| T1 |', '| T2 |');
    const back = parsePostmortemMarkdown(edited, 'INC-7.md');
    expect(back.postmortem?.rca.factors[0]?.entryIds).toEqual(['T1']);
    expect(back.postmortem?.rca.whys[0]?.links[0]?.evidence[0]).toEqual({ entryId: 'T1' });
  });

  it('names the file line and field of a bad citation, code or category', () => {
    const text = renderPostmortemMarkdown(withRca(rca))
      .replace('| T1 |', '| T99 |')
      .replace('trigger: config-push', 'trigger: Config Push')
      .replace('| f2 | detection |', '| f2 | blame |')
      .replace('T2<br>ev-18', '[oops');
    let error: unknown;
    try {
      parsePostmortemMarkdown(text, 'INC-7.md');
    } catch (caught) {
      error = caught;
    }
    const details = (error as { details: { path: string }[] }).details.map((d) =>
      d.path.replace(/^INC-7\.md:\d+:/, ''),
    );
    expect(details).toEqual(
      expect.arrayContaining(['postmortem.trigger', 'factors.1.category', 'whys.0.evidence']),
    );
  });

  it('reports a citation of a timeline row that does not exist', () => {
    const text = renderPostmortemMarkdown(withRca(rca)).replace('| T1 |', '| T99 |');
    expect(() => parsePostmortemMarkdown(text, 'INC-7.md')).toThrow(
      /factors\.0\.entryIds: "T99" names no timeline row/,
    );
  });

  it('refuses repeated factor ids at the second row', () => {
    const twice = { ...rca, factors: [rca.factors[0]!, { ...rca.factors[1]!, id: 'f1' }] };
    const text = renderPostmortemMarkdown(withRca(twice));
    expect(() => parsePostmortemMarkdown(text, 'INC-7.md')).toThrow(
      /factors\.1\.id: factor id "f1" appears twice/,
    );
  });
});
