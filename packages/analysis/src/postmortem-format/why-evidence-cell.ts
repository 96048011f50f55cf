import { whyEvidence, type WhyEvidence } from '@aftermath/domain';
import { isEntryRef } from './entry-refs';

/**
 * What supports a why answer, in one cell, one citation per line: `T3` cites the third timeline
 * row, any other plain word (`ev-18`) cites that evidence id. A citation that plain words cannot
 * say exactly (an entry and evidence together, a locator, an id with spaces) switches the whole
 * cell to a JSON array of `{"entryId","evidenceId","locator"}` objects.
 */

const plainEvidenceId = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function plainText(cited: WhyEvidence): string | null {
  const keys = Object.keys(cited);
  if (keys.length !== 1) return null;
  if (cited.entryId !== undefined) return isEntryRef(cited.entryId) ? cited.entryId : null;
  const id = cited.evidenceId ?? '';
  return plainEvidenceId.test(id) && !isEntryRef(id) ? id : null;
}

/** The cell text for a list of citations; the empty list is the empty string. */
export function formatWhyEvidence(evidence: readonly WhyEvidence[]): string {
  const plain = evidence.map(plainText);
  return plain.every((text) => text !== null) ? plain.join('\n') : JSON.stringify(evidence);
}

/** The citations read from a cell, or an error message saying what was expected. */
export function parseWhyEvidence(
  text: string,
): { ok: true; evidence: WhyEvidence[] } | { ok: false; message: string } {
  if (!text.startsWith('[')) {
    const words = text
      .split('\n')
      .map((word) => word.trim())
      .filter((word) => word !== '');
    const evidence = words.map((word) =>
      isEntryRef(word) ? { entryId: word } : { evidenceId: word },
    );
    return { ok: true, evidence };
  }
  const expected =
    'expected one citation per line (T<n> or an evidence id), or a JSON array of {"entryId","evidenceId","locator"} objects';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: `not valid JSON; ${expected}` };
  }
  const parsed = whyEvidence.array().safeParse(value);
  return parsed.success ? { ok: true, evidence: parsed.data } : { ok: false, message: expected };
}
