import { describe, expect, it } from 'vitest';
import { isAftermathMarkdown, lintText, renderPostmortemMarkdown } from '../../src';
import { makeDocument } from '../postmortem-format/document-factory';

const awsKey = 'AKIA' + 'IOSFODNN7EXAMPLE';

/** An Aftermath Markdown postmortem whose summary says `summary`. */
function postmortemFile(summary: string): string {
  const base = makeDocument();
  const postmortem = base.postmortem;
  if (postmortem === null) throw new Error('the factory makes a postmortem');
  return renderPostmortemMarkdown({
    ...base,
    postmortem: { ...postmortem, sections: { ...postmortem.sections, summary } },
  });
}

function lineOf(text: string, fragment: string): number {
  return text.split('\n').findIndex((line) => line.includes(fragment)) + 1;
}

describe('lintText', () => {
  it('reports blameless language and secrets on plain text, never the secret itself', () => {
    const text = `Root cause: human error.\nThe key ${awsKey} was in the log.\n`;
    const findings = lintText(text, { format: 'text' });
    expect(findings.map((f) => [f.line, f.column, f.ruleId, f.severity])).toEqual([
      [1, 13, 'blameless/blame', 'error'],
      [2, 9, 'redaction/secret', 'error'],
    ]);
    expect(JSON.stringify(findings)).not.toContain(awsKey);
  });

  it('reports names of the workspace as personal data and as blamed subjects', () => {
    const findings = lintText('Ravi Patel forgot to renew it.', { names: ['Ravi Patel'] });
    expect(findings.map((f) => f.ruleId)).toEqual(['blameless/blame', 'redaction/pii']);
  });

  it('honours both allow-lists', () => {
    const text = `Obviously.\nmail ops@example.com`;
    expect(lintText(text, { allow: ['obviously'], redactionAllow: ['ops@example.com'] })).toEqual(
      [],
    );
  });

  it('adds failed checklist items at their heading for an Aftermath Markdown postmortem', () => {
    const file = postmortemFile('A careless config push lowered the pool from 200 to 20.');
    expect(isAftermathMarkdown(file)).toBe(true);
    const findings = lintText(file, { format: 'markdown' });
    const judgement = findings.find((f) => f.ruleId === 'blameless/judgement');
    expect(judgement?.line).toBe(lineOf(file, 'A careless config push'));
    const rca = findings.find((f) => f.ruleId === 'checklist/rca-coded');
    expect(rca).toMatchObject({ severity: 'warning', line: lineOf(file, '## Trigger') });
    expect(rca?.suggestion).toBeTruthy();
    // The language item is not repeated: the finding above already says where.
    expect(findings.some((f) => f.ruleId === 'checklist/blameless-language')).toBe(false);
  });

  it('skips the checklist for plain text and for Markdown that is not a postmortem', () => {
    const file = postmortemFile('Short summary.');
    expect(lintText(file, { format: 'text' }).some((f) => f.ruleId.startsWith('checklist/'))).toBe(
      false,
    );
    expect(isAftermathMarkdown('# Notes\n\nkey: INC-1\n')).toBe(false);
  });

  it('reports an invalid postmortem file as format errors at their lines', () => {
    const file = postmortemFile('Short summary.').replace('severity: SEV2', 'severity: SEV9');
    const findings = lintText(file, { format: 'markdown', file: 'INC-7.md' });
    expect(findings.filter((f) => f.ruleId === 'format/invalid')).toEqual([
      expect.objectContaining({ line: lineOf(file, 'severity: SEV9'), severity: 'error' }),
    ]);
    expect(findings.some((f) => f.ruleId.startsWith('checklist/'))).toBe(false);
  });
});
