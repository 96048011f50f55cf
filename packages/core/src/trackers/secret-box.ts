import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DomainError } from '@aftermath/domain';

/** Encrypts secrets (tracker tokens, webhook secrets) before they reach the database. */
export interface SecretBox {
  /** The sealed form: `v1.<iv>.<tag>.<ciphertext>`, each base64url. */
  seal(plain: string): string;
  /** The plain text back; throws when the key is wrong or the text was altered. */
  open(sealed: string): string;
}

const keyBytes = 32;
const ivBytes = 12;

/**
 * AES-256-GCM with a 32-byte key: a fresh random 96-bit IV per seal, the 128-bit tag checked on
 * open, so a changed ciphertext or a different key fails instead of yielding garbage.
 */
export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== keyBytes) {
    throw new Error(`the secret key must be ${keyBytes} bytes, not ${key.length}`);
  }
  return {
    seal(plain) {
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url'));
      return `v1.${parts.join('.')}`;
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== 'v1' || iv === undefined || tag === undefined || body === undefined) {
        throw new Error('not a sealed secret (expected v1.<iv>.<tag>.<ciphertext>)');
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      try {
        const plain = Buffer.concat([
          decipher.update(Buffer.from(body, 'base64url')),
          decipher.final(),
        ]);
        return plain.toString('utf8');
      } catch {
        throw new Error(
          'cannot decrypt a stored secret: the secret key differs from the one that sealed it',
        );
      }
    },
  };
}

function loadBox(loadKey: () => Buffer): SecretBox {
  try {
    return createSecretBox(loadKey());
  } catch (error) {
    // Said to the admin as is (a 500 would hide it): the fix is theirs, e.g. chmod 600 the file.
    const reason = error instanceof Error ? error.message : String(error);
    throw new DomainError(
      'failed_precondition',
      `The secret key that encrypts tracker tokens cannot be loaded: ${reason}`,
    );
  }
}

/** A box whose key is read on first use, so installations without trackers never need one. */
export function createLazySecretBox(loadKey: () => Buffer): SecretBox {
  let box: SecretBox | undefined;
  const get = (): SecretBox => (box ??= loadBox(loadKey));
  return { seal: (plain) => get().seal(plain), open: (sealed) => get().open(sealed) };
}
