import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits as base64url text (43 characters). */
export function createSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Hex SHA-256 of a secret: what storage keeps instead of the secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

const idAlphabet = '0123456789abcdefghjkmnpqrstvwxyz';

/** A short random public id (10 characters, 50 bits) for listing tokens. */
export function createPublicId(): string {
  return [...randomBytes(10)].map((byte) => idAlphabet[byte % 32]).join('');
}
