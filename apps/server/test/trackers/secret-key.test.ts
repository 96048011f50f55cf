import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLazySecretBox, createSecretBox } from '@aftermath/core';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSecretKey } from '../../src/trackers/secret-key';

const token = ['ghp', 'sealed', 'token', '123'].join('_');

describe('secret key and sealed secrets', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('seals with AES-256-GCM: no plain text, a fresh IV each time, only the same key opens', () => {
    const box = createSecretBox(randomBytes(32));
    const sealed = box.seal(token);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain(token);
    expect(box.seal(token)).not.toBe(sealed);
    expect(box.open(sealed)).toBe(token);
    expect(() => createSecretBox(randomBytes(32)).open(sealed)).toThrow(/secret key differs/);
    const [v, iv, tag, body = ''] = sealed.split('.');
    const flipped = `${body.slice(0, -2)}${body.endsWith('AA') ? 'AB' : 'AA'}`;
    expect(() => box.open([v, iv, tag, flipped].join('.'))).toThrow();
  });

  it('creates the key file once with mode 0600 and reads the same key again', () => {
    dir = mkdtempSync(join(tmpdir(), 'aftermath-key-'));
    const env = { AFTERMATH_DATA: dir };
    const first = loadSecretKey(env);
    const path = join(dir, 'secret.key');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(loadSecretKey(env).equals(first)).toBe(true);
    expect(readFileSync(path, 'utf8')).not.toContain(first.toString('hex'));
  });

  it('refuses a key file others can read, and a key of the wrong length', () => {
    dir = mkdtempSync(join(tmpdir(), 'aftermath-key-'));
    const path = join(dir, 'k');
    loadSecretKey({ AFTERMATH_SECRET_KEY_FILE: path });
    chmodSync(path, 0o644);
    expect(() => loadSecretKey({ AFTERMATH_SECRET_KEY_FILE: path })).toThrow(/chmod 600/);
    expect(() => loadSecretKey({ AFTERMATH_SECRET_KEY: 'abcd' })).toThrow(/32 bytes/);
    expect(loadSecretKey({ AFTERMATH_SECRET_KEY: 'cd'.repeat(32) })).toEqual(
      Buffer.alloc(32, 0xcd),
    );
    // Through the lazy box the server uses, the reason reaches the admin as a precondition.
    const box = createLazySecretBox(() => loadSecretKey({ AFTERMATH_SECRET_KEY_FILE: path }));
    const refused = (() => {
      try {
        box.seal(token);
      } catch (error) {
        return error as { code?: string; message?: string };
      }
      return undefined;
    })();
    expect(refused?.code).toBe('failed_precondition');
    expect(refused?.message).toContain('chmod 600');
  });
});
