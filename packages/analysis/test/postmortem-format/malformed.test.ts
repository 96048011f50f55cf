import { DomainError, type ErrorDetail } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { parsePostmortemMarkdown, renderPostmortemMarkdown } from '../../src';
import { makeDocument } from './document-factory';

const file = 'incidents/INC-7.md';
const valid = renderPostmortemMarkdown(makeDocument());

function edit(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

function lineOf(text: string, needle: string, after = 0): number {
  const index = text.split('\n').findIndex((line, i) => i >= after && line.includes(needle));
  expect(index).toBeGreaterThanOrEqual(0);
  return index + 1;
}

function problemsOf(text: string): { error: DomainError; details: ErrorDetail[] } {
  try {
    parsePostmortemMarkdown(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const domainError = error as DomainError;
    expect(domainError.code).toBe('validation');
    return { error: domainError, details: domainError.details };
  }
  throw new Error('expected the file to be rejected');
}

function expectProblem(text: string, line: number, field: string, message: RegExp): void {
  const { error, details } = problemsOf(text);
  const detail = details.find((d) => d.path === `${file}:${line}:${field}`);
  expect(detail, JSON.stringify(details)).toBeDefined();
  expect(detail?.message).toMatch(message);
  expect(error.message).toMatch(new RegExp(`^${file}:\\d+: `));
}

describe('malformed files', () => {
  it('names the line and field of a bad enum value, with the allowed values', () => {
    const text = edit(valid, 'severity: SEV2', 'severity: SEV9');
    expectProblem(text, 4, 'severity', /"SEV1"\|"SEV2"\|"SEV3"\|"SEV4"/);
    expect(problemsOf(text).error.message).toMatch(/^incidents\/INC-7\.md:4: severity: /);
  });

  it('reports a file without front matter at line 1', () => {
    expectProblem('# INC-7: no front matter\n', 1, 'frontMatter', /start with a '---' line/);
  });

  it('reports front matter that is never closed', () => {
    expectProblem(valid.replace(/\n---\n/, '\n'), 1, 'frontMatter', /never closed/);
  });

  it('reports YAML syntax errors at their line', () => {
    const text = edit(valid, 'commander: Priya Natarajan', 'commander: "Priya');
    const { details } = problemsOf(text);
    expect(details[0]?.path).toMatch(/^incidents\/INC-7\.md:\d+:frontMatter$/);
    expect(details[0]?.message).toMatch(/not valid YAML/);
  });

  it('refuses YAML aliases instead of expanding them', () => {
    const text = edit(valid, 'commander: Priya Natarajan', 'commander: *title');
    expectProblem(text, lineOf(valid, 'commander:'), 'frontMatter', /aliases .* are not supported/);
  });

  it('reports unknown fields with the fields allowed there', () => {
    const text = edit(valid, 'severity: SEV2', 'severty: SEV2');
    expectProblem(text, 4, 'severty', /unknown field; expected one of: key, title, severity/);
    expectProblem(text, 1, 'severity', /missing field/);
  });

  it('reports a missing nested field at its parent, saying null is allowed', () => {
    const text = edit(valid, '  closedAt: null\n', '');
    expectProblem(
      text,
      lineOf(valid, 'milestones:'),
      'milestones.closedAt',
      /missing field; expected string or null/,
    );
  });

  it('reports a bad timestamp', () => {
    const text = edit(valid, 'createdAt: 2026-03-04T09:08:12.000Z', 'createdAt: last tuesday');
    expectProblem(
      text,
      lineOf(valid, 'createdAt: 2026-03-04T09:08'),
      'createdAt',
      /ISO 8601 timestamp/,
    );
  });

  it('reports milestones out of order unless an override gives the reason', () => {
    const outOfOrder = edit(
      valid,
      'detectedAt: 2026-03-04T09:07:30.000Z',
      'detectedAt: 2026-03-04T08:00:00.000Z',
    );
    expectProblem(
      outOfOrder,
      lineOf(valid, 'detectedAt:'),
      'milestones.detectedAt',
      /before impactStartedAt.*milestoneOrderOverride/,
    );
    const overridden = edit(
      outOfOrder,
      'milestoneOrderOverride: null',
      'milestoneOrderOverride: The alert fired on a synthetic probe before users were affected',
    );
    expect(parsePostmortemMarkdown(overridden, file).incident.milestones.detectedAt).toBe(
      '2026-03-04T08:00:00.000Z',
    );
  });

  it('reports an unknown section heading and a repeated one', () => {
    const unknown = edit(valid, '## Detection', '## Background');
    expectProblem(
      unknown,
      lineOf(valid, '## Detection'),
      'sections',
      /unknown section heading "Background"/,
    );
    const repeated = edit(valid, '## Detection', '## Summary');
    expectProblem(
      repeated,
      lineOf(valid, '## Detection'),
      'sections.summary',
      /appears twice \(first on line \d+\)/,
    );
  });

  it('reports a table row with the wrong number of cells', () => {
    const row = lineOf(valid, '| 2026-03-04T09:07:30.000Z');
    const text = edit(valid, '| alertmanager | checkout-api |', '| alertmanager |');
    expectProblem(text, row, 'timeline.1', /expected 11 cells \(Time \(UTC\), Precision.*found 10/);
  });

  it('reports a bad time in a timeline row', () => {
    const row = lineOf(valid, '| 2026-03-04T09:07:30.000Z');
    const text = edit(valid, '| 2026-03-04T09:07:30.000Z', '| 09:07 yesterday');
    expectProblem(text, row, 'timeline.1.at', /ISO 8601 timestamp/);
    const withoutZone = edit(valid, '| 2026-03-04T09:07:30.000Z', '| 2026-03-04T09:07:30');
    expectProblem(withoutZone, row, 'timeline.1.at', /with a zone/);
  });

  it('reports bad cells in the action items table', () => {
    const row = lineOf(valid, '| Add a canary stage');
    const text = edit(
      valid,
      '| prevent | P1 | payments-platform | 2026-04-15 | open |',
      '| prevent | P7 | payments-platform | 15/04/2026 | wont_do |',
    );
    expectProblem(text, row, 'actions.0.priority', /"P0"\|"P1"/);
    expectProblem(text, row, 'actions.0.dueDate', /YYYY-MM-DD/);
    expectProblem(text, row, 'actions.0.rationale', /required when status is wont_do/);
  });

  it('reports text outside any section and section text without a postmortem', () => {
    const stray = edit(valid, '\n## Summary', '\nA stray paragraph.\n\n## Summary');
    expectProblem(stray, lineOf(stray, 'A stray paragraph.'), 'body', /outside any section/);
    const noPostmortem = renderPostmortemMarkdown(makeDocument({ postmortem: null }));
    const withText = edit(
      noPostmortem,
      '## Timeline',
      '## Summary\n\nWritten anyway.\n\n## Timeline',
    );
    expectProblem(
      withText,
      lineOf(withText, '## Summary'),
      'sections.summary',
      /needs a postmortem/,
    );
  });

  it('reports every problem in the file at once, in line order', () => {
    let text = edit(valid, 'severity: SEV2', 'severity: SEV9');
    text = edit(text, '## Detection', '## Background');
    text = edit(text, '| 2026-03-04T09:07:30.000Z', '| soon');
    const { error, details } = problemsOf(text);
    expect(details.map((d) => d.path.split(':').slice(2).join(':'))).toEqual([
      'severity',
      'sections',
      'timeline.1.at',
    ]);
    expect(error.message).toMatch(/\(and 2 more\)$/);
  });
});
