import { DomainError } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { findSensitive, REDACTION_RULES, type RedactionOptions } from '../../src';
import { assemble, awsAccessKeyId, filler, githubToken, privateKeyBlock } from './fixtures';

function rulesOf(text: string, options?: RedactionOptions): string[] {
  return findSensitive(text, options).map((finding) => finding.rule);
}

describe('findSensitive: the finding shape of `aftermath redact --json`', () => {
  it('reports 1-based lines and start/end offsets within the line', () => {
    const text = `first line\nkey id ${awsAccessKeyId} here\nmail ops@example.com`;
    expect(findSensitive(text)).toEqual([
      { line: 2, start: 7, end: 27, kind: 'secret', rule: 'aws-access-key', value: awsAccessKeyId },
      { line: 3, start: 5, end: 20, kind: 'pii', rule: 'email', value: 'ops@example.com' },
    ]);
  });

  it('counts offsets the same way with CRLF and CR line breaks', () => {
    const text = `a\r\nb ${githubToken}\rc ops@example.com`;
    expect(findSensitive(text).map(({ line, start }) => [line, start])).toEqual([
      [2, 2],
      [3, 2],
    ]);
  });

  it('reports a PEM private key as one finding per line, indentation left out', () => {
    const block = privateKeyBlock();
    const indented = block
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n');
    const findings = findSensitive(`tls:\n  key: |\n${indented}\nnext: 1`);
    expect(findings.map((f) => [f.line, f.start, f.rule])).toEqual([
      [3, 4, 'private-key'],
      [4, 4, 'private-key'],
      [5, 4, 'private-key'],
      [6, 4, 'private-key'],
      [7, 4, 'private-key'],
    ]);
    expect(findings.map((f) => f.value).join('\n')).toBe(block);
  });

  it('reports nothing in ordinary prose', () => {
    const prose =
      'At 14:02 UTC the deploy of checkout v2.3.1 (commit 4f2a9c1) raised the error rate to 12%.\n' +
      'The on-call engineer rolled back at 14:20; the password reset flow was not affected.\n' +
      'Password: rotated the next morning by the security team.';
    expect(findSensitive(prose)).toEqual([]);
  });
});

describe('findSensitive: options', () => {
  const text = `id ${awsAccessKeyId}, mail ops@example.com, host 10.1.2.3`;

  it('reports only the kinds asked for', () => {
    expect(rulesOf(text, { kinds: ['secret'] })).toEqual(['aws-access-key']);
    expect(rulesOf(text, { kinds: ['pii'] })).toEqual(['email', 'ipv4']);
  });

  it('switches rules off by name', () => {
    expect(rulesOf(text, { disabledRules: ['ipv4', 'aws-access-key'] })).toEqual(['email']);
  });

  it('allows exact values and regular expressions (ignoring g and y flags)', () => {
    const sticky = /^10\./gy;
    expect(rulesOf(text, { allow: ['ops@example.com', sticky] })).toEqual(['aws-access-key']);
    expect(rulesOf(text, { allow: ['ops@example.com', sticky] })).toEqual(['aws-access-key']);
    expect(rulesOf(text, { allow: ['ops@example'] })).toContain('email');
  });

  it('treats the workspace directory as people to find', () => {
    expect(rulesOf('Asked Ravi Patel to page the DBA.', { names: ['Ravi Patel'] })).toEqual([
      'person-name',
    ]);
  });

  it('honours inline allow markers of other scanners on their line', () => {
    const config = [
      `token = ${githubToken}  # pragma: allowlist secret`,
      `other = ${githubToken} // gitleaks:allow`,
      '# pragma: allowlist nextline secret',
      `third = ${githubToken}`,
      `fourth = ${githubToken}`,
    ].join('\n');
    expect(findSensitive(config).map((f) => f.line)).toEqual([5]);
  });

  it('rejects bad options with one detail per bad entry and a non-string text', () => {
    const bad = {
      allow: [''],
      names: ['J', 'Jane Doe'],
      kinds: ['secrets'],
    } as unknown as RedactionOptions;
    expect(() => findSensitive('x', bad)).toThrow(DomainError);
    try {
      findSensitive('x', bad);
    } catch (error) {
      expect((error as DomainError).code).toBe('validation');
      expect((error as DomainError).details.map((d) => d.path)).toEqual([
        'allow.0',
        'names.0',
        'kinds.0',
      ]);
    }
    expect(() => findSensitive(42 as unknown as string)).toThrow(/must be a string/);
  });
});

describe('findSensitive: overlapping matches', () => {
  it('prefers the format-identified token over the keyword rule that also saw it', () => {
    expect(findSensitive(`GITHUB_TOKEN=${githubToken}`).map((f) => f.rule)).toEqual([
      'github-token',
    ]);
  });

  it('prefers the credential over the e-mail-looking tail of a URL', () => {
    const url = assemble('https://deploy:', filler(12, undefined, 40), '@ci.example.com/hook');
    expect(rulesOf(url)).toEqual(['url-credentials']);
  });
});

describe('REDACTION_RULES', () => {
  it('names every rule a finding can carry, and only those can be disabled', () => {
    const names = REDACTION_RULES.map((rule) => rule.rule);
    expect(names).toEqual(
      expect.arrayContaining(['aws-access-key', 'private-key', 'password', 'email', 'person-name']),
    );
    expect(new Set(names).size).toBe(names.length);
    expect(() => findSensitive('x', { disabledRules: ['emails'] })).toThrow(DomainError);
  });
});
