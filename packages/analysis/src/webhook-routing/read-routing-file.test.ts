import { describe, expect, it } from 'vitest';
import { readWebhookRoutingFile, renderWebhookRoutingFile } from './read-routing-file';

const file = `groupWindowMinutes: 15
rules:
  - name: pages
    match:
      severity: [critical, page]
    open: true
    severity: SEV1
maintenance:
  - service: search
    from: 2026-11-20T09:00:00Z
    to: 2026-11-20T11:00:00Z
    reason: index rebuild
`;

describe('webhook routing files', () => {
  it('reads YAML with defaults filled in and writes it back to the same value', () => {
    const routing = readWebhookRoutingFile(file, 'routing.yaml');
    expect(routing).toMatchObject({
      groupWindowMinutes: 15,
      bodyLimitBytes: 1024 * 1024,
      rules: [{ name: 'pages', open: true, severity: 'SEV1' }],
      maintenance: [{ service: 'search', to: '2026-11-20T11:00:00.000Z' }],
    });
    expect(readWebhookRoutingFile(renderWebhookRoutingFile(routing), 'again.yaml')).toEqual(
      routing,
    );
  });

  it('reads JSON too', () => {
    const json = JSON.stringify({ rules: [{ name: 'all', match: {}, open: false }] });
    expect(readWebhookRoutingFile(json, 'routing.json').rules).toHaveLength(1);
  });

  it('names the file, line and field of every mistake', () => {
    const bad = file
      .replace('severity: SEV1', 'severity: SEV9')
      .replace('to: 2026-11-20T11', 'to: 2026-11-20T08');
    const error = (() => {
      try {
        readWebhookRoutingFile(bad, 'routing.yaml');
      } catch (caught) {
        return caught as { code: string; details: { path: string }[] };
      }
      throw new Error('expected a validation error');
    })();
    expect(error.code).toBe('validation');
    expect(error.details.map((detail) => detail.path)).toEqual([
      'routing.yaml:7:rules.0.severity',
      'routing.yaml:11:maintenance.0.to',
    ]);
  });

  it('refuses a rule with an unknown field instead of ignoring it', () => {
    const typo = 'rules:\n  - name: pages\n    matches: {severity: critical}\n';
    expect(() => readWebhookRoutingFile(typo, 'r.yaml')).toThrow(
      'r.yaml:3: rules.0.matches: unknown field',
    );
  });
});
