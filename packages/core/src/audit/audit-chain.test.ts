import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  checkAuditChain,
  genesisHash,
  hashAuditRecord,
  hashAuditText,
} from './audit-chain';

const base = {
  seq: 7,
  at: '2026-11-20T10:00:00.000Z',
  actor: 'system',
  action: 'webhookDeliveries.insert',
  target: 'dlv-1',
  prevHash: genesisHash,
};

// Key order, numeric-looking keys, escapes and non-ASCII text: what canonical JSON must settle.
const after = {
  zeta: [1, { b: 2, a: 'x' }],
  '10': 'ten',
  '9': 'nine',
  quote: 'say "hi"\n',
  name: 'Zürich ✓',
  nothing: null,
};

describe('hashAuditText', () => {
  it('gives the hash hashAuditRecord gives the parsed record, so verify accepts it', () => {
    const text = canonicalJson(after);
    const fromText = hashAuditText(base, null, text);
    const record = { ...base, before: null, after: JSON.parse(text) as unknown };
    expect(fromText).toBe(hashAuditRecord(record));
    // A record appended with the text's hash (as the audit hook does) passes verification.
    const first = { ...record, seq: 1 };
    const chain = checkAuditChain([{ ...first, hash: hashAuditText(first, null, text) }], {
      hash: genesisHash,
      seq: 0,
    });
    expect(chain.broken).toBeNull();
  });

  it('changes when any member changes', () => {
    const text = canonicalJson(after);
    const hash = hashAuditText(base, text, null);
    expect(hashAuditText(base, null, text)).not.toBe(hash);
    expect(hashAuditText({ ...base, target: 'dlv-2' }, text, null)).not.toBe(hash);
    expect(hashAuditText({ ...base, prevHash: 'f'.repeat(64) }, text, null)).not.toBe(hash);
  });
});
