import type { ChecklistInput, ChecklistItemDefinition, ItemVerdict } from './checklist.types';
import { fail, pass } from './verdict';

/** Where findings are, e.g. `line 3` or `Summary line 2, Impact line 1`, at most five places. */
function places(found: readonly { line: number; section?: string }[]): string {
  const unique = [
    ...new Set(found.map((f) => (f.section ? `${f.section} line ${f.line}` : `line ${f.line}`))),
  ];
  const shown = unique.slice(0, 5).join(', ');
  return unique.length > 5 ? `${shown}, …` : shown;
}

function checkLanguage(input: ChecklistInput): ItemVerdict {
  const errors = input.languageFindings.filter((finding) => finding.severity === 'error');
  const warnings = input.languageFindings.length - errors.length;
  if (errors.length > 0) {
    const first = errors[0]?.message ?? '';
    return fail(
      `${errors.length} blameless-language error${errors.length === 1 ? '' : 's'} (${places(errors)}): ${first}`,
      'Rewrite them as the linter suggests: describe what happened and why it made sense then.',
    );
  }
  const note = warnings > 0 ? ` (${warnings} warning${warnings === 1 ? '' : 's'} to consider)` : '';
  return pass(`No blameless-language errors${note}.`);
}

function checkSecrets(input: ChecklistInput): ItemVerdict {
  const secrets = input.sensitiveFindings.filter((finding) => finding.kind === 'secret');
  if (secrets.length > 0) {
    const rules = [...new Set(secrets.map((s) => s.rule))].join(', ');
    return fail(
      `${secrets.length} unredacted secret${secrets.length === 1 ? '' : 's'} (${rules}) at ${places(secrets)}.`,
      'Remove or redact them (aftermath redact), and rotate any credential that was real.',
    );
  }
  return pass('No unredacted secrets.');
}

/** Items fed by the linters: blameless language and secrets. */
export const findingItems: readonly ChecklistItemDefinition[] = [
  {
    id: 'blameless-language',
    title: 'No blameless-language errors',
    weight: 5,
    check: checkLanguage,
  },
  { id: 'no-secrets', title: 'No unredacted secrets', weight: 10, check: checkSecrets },
];
