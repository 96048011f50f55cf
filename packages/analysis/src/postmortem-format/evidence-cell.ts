import type { EvidenceRef } from '@aftermath/domain';

/**
 * An evidence reference in one cell: `ID[:LINE][@BYTE][#POINTER]`, e.g. `ev-42:118`,
 * `ev-9@4096`, `ev-7#/alerts/0`. In the id, `%`, `:`, `@` and `#` are written `%25`, `%3A`,
 * `%40`, `%23`; the JSON pointer runs to the end of the cell as it is.
 */

const reserved = /[%:@#]/g;
const encodedReserved = /%(25|3A|40|23)/gi;

/** Writes an evidence reference as its cell text. */
export function formatEvidenceRef(ref: EvidenceRef): string {
  const id = ref.evidenceId.replace(
    reserved,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const line = ref.line === null ? '' : `:${ref.line}`;
  const byte = ref.byteOffset === null ? '' : `@${ref.byteOffset}`;
  const pointer = ref.jsonPointer === null ? '' : `#${ref.jsonPointer}`;
  return id + line + byte + pointer;
}

/** The reference read from a cell, or why it could not be read. */
export type EvidenceRefResult = { ok: true; ref: EvidenceRef } | { ok: false; message: string };

function cutAt(text: string, marker: string): [string, string | null] {
  const at = text.indexOf(marker);
  return at < 0 ? [text, null] : [text.slice(0, at), text.slice(at + 1)];
}

function readNumber(text: string | null): number | null | undefined {
  if (text === null) return null;
  return /^[0-9]+$/.test(text) ? Number(text) : undefined;
}

/** Reads a cell written by {@link formatEvidenceRef}. */
export function parseEvidenceRef(text: string): EvidenceRefResult {
  const [head, jsonPointer] = cutAt(text, '#');
  const [beforeByte, byteText] = cutAt(head, '@');
  const [idText, lineText] = cutAt(beforeByte, ':');
  const line = readNumber(lineText);
  const byteOffset = readNumber(byteText);
  if (line === undefined || byteOffset === undefined) {
    return {
      ok: false,
      message: 'expected ID, then optionally :LINE, @BYTE-OFFSET (digits) and #JSON-POINTER',
    };
  }
  const evidenceId = idText.replace(encodedReserved, (_match, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
  return { ok: true, ref: { evidenceId, line, byteOffset, jsonPointer } };
}
