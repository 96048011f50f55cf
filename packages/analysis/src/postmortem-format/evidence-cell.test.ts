import { describe, expect, it } from 'vitest';
import { formatEvidenceRef, parseEvidenceRef } from './evidence-cell';

describe('evidence cells', () => {
  it('writes id, line, byte offset and JSON pointer compactly', () => {
    const ref = { evidenceId: 'ev-42', line: 118, byteOffset: 4096, jsonPointer: '/alerts/0' };
    expect(formatEvidenceRef(ref)).toBe('ev-42:118@4096#/alerts/0');
    expect(parseEvidenceRef('ev-42:118@4096#/alerts/0')).toEqual({ ok: true, ref });
  });

  it('keeps ids and pointers that contain the separators', () => {
    const ref = { evidenceId: 'a:b@c#d%e', line: null, byteOffset: null, jsonPointer: '#:@/x' };
    expect(formatEvidenceRef(ref)).toBe('a%3Ab%40c%23d%25e##:@/x');
    expect(parseEvidenceRef(formatEvidenceRef(ref))).toEqual({ ok: true, ref });
  });

  it('tells an empty pointer from no pointer', () => {
    const ref = { evidenceId: 'ev-1', line: null, byteOffset: null, jsonPointer: '' };
    expect(parseEvidenceRef(formatEvidenceRef(ref))).toEqual({ ok: true, ref });
    expect(parseEvidenceRef('ev-1')).toEqual({ ok: true, ref: { ...ref, jsonPointer: null } });
  });

  it('rejects a line that is not a number', () => {
    expect(parseEvidenceRef('ev-1:twelve')).toMatchObject({ ok: false });
  });
});
