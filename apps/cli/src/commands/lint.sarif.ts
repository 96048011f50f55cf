import { BLAMELESS_RULES, CHECKLIST_ITEMS } from '@aftermath/analysis';
import { productVersion } from '@aftermath/core';
import type { FileFinding } from './lint.format';

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: 'error' | 'warning' };
}

/** Every rule `lint` can report, with a one-line description and its usual level. */
function ruleCatalog(): SarifRule[] {
  const rule = (id: string, text: string, level: 'error' | 'warning'): SarifRule => ({
    id,
    shortDescription: { text },
    defaultConfiguration: { level },
  });
  return [
    ...BLAMELESS_RULES.map((r) => rule(r.id, r.summary, r.defaultSeverity)),
    rule('redaction/secret', 'A secret (token, key, password, credential) in the text.', 'error'),
    rule(
      'redaction/pii',
      'Personal data: e-mail, phone, address, card, IBAN, a known name.',
      'warning',
    ),
    ...CHECKLIST_ITEMS.map((item) => rule(`checklist/${item.id}`, item.title, 'warning')),
    rule('format/invalid', 'The Aftermath Markdown file does not follow the format.', 'error'),
  ];
}

/**
 * A SARIF 2.1.0 log for code-scanning tools: one run, the rules reported (with descriptions),
 * and one result per finding with its level, message and location (file URI relative to the
 * working folder, 1-based line and columns).
 */
export function buildSarifLog(findings: readonly FileFinding[]): object {
  const catalog = ruleCatalog();
  const used = [...new Set(findings.map((f) => f.ruleId))].sort();
  const rules = used.map(
    (id) =>
      catalog.find((r) => r.id === id) ?? {
        id,
        shortDescription: { text: id },
        defaultConfiguration: { level: 'warning' },
      },
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'aftermath', version: productVersion, rules } },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: used.indexOf(f.ruleId),
          level: f.severity,
          message: { text: f.suggestion === null ? f.message : `${f.message} ${f.suggestion}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.split('\\').join('/') },
                region: {
                  startLine: f.line,
                  startColumn: f.column,
                  endColumn: Math.max(f.endColumn, f.column),
                },
              },
            },
          ],
        })),
      },
    ],
  };
}
