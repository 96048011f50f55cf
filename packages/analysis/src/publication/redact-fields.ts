import { redactText } from '../redaction';
import type { RedactionOptions } from '../redaction';
import type { PublicRedaction } from './public-document';

// A line no scanner matches and no section contains: parts are redacted as one text, so the same
// value gets the same placeholder across the whole document.
const SEPARATOR = '\n\u0000\u0000\n';

/**
 * Redacts several named texts as one document: the same secret or name gets the same placeholder
 * wherever it appears. Returns the redacted texts by field and where each redaction was.
 */
export function redactFields(
  fields: ReadonlyMap<string, string>,
  options: RedactionOptions,
): { texts: Map<string, string>; redactions: PublicRedaction[] } {
  const names = [...fields.keys()];
  const parts = names.map((name) => (fields.get(name) ?? '').replaceAll('\u0000', ''));
  const result = redactText(parts.join(SEPARATOR), options);
  const redactedParts = result.text.split(SEPARATOR);
  if (redactedParts.length !== parts.length) {
    throw new Error('redaction changed the part separators; refusing to publish');
  }
  const texts = new Map(names.map((name, i) => [name, redactedParts[i] ?? '']));
  const firstLines: number[] = [];
  let line = 1;
  for (const part of parts) {
    firstLines.push(line);
    line += part.split('\n').length + 1;
  }
  const placeholders = [...result.text.matchAll(/\[REDACTED:([^\]#]+)#\d+\]/g)];
  const redactions = result.findings.map((finding, i) => {
    let index = firstLines.length - 1;
    while (index > 0 && (firstLines[index] ?? 0) > finding.line) index -= 1;
    const localLine = finding.line - (firstLines[index] ?? 1) + 1;
    const placeholder = placeholders[i];
    return {
      field: names[index] ?? '',
      line: localLine,
      start: finding.start,
      end: finding.end,
      kind: finding.kind,
      rule: finding.rule,
      placeholder:
        placeholder?.[1] === finding.rule ? placeholder[0] : `[REDACTED:${finding.rule}]`,
    };
  });
  return { texts, redactions };
}
