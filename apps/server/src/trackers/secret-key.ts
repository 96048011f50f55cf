import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const keyBytes = 32;

function decodeKey(text: string, from: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  if (key.length !== keyBytes) {
    throw new Error(`${from}: the secret key must be 32 bytes as 64 hex digits or base64`);
  }
  return key;
}

/**
 * Where the key file is: AFTERMATH_SECRET_KEY_FILE, else `secret.key` in the data folder (`--data`,
 * else AFTERMATH_DATA, else ./data).
 */
export function secretKeyPath(env: Record<string, string | undefined>, dataDir?: string): string {
  const explicit = env.AFTERMATH_SECRET_KEY_FILE?.trim();
  if (explicit !== undefined && explicit !== '') return explicit;
  return join(dataDir ?? (env.AFTERMATH_DATA?.trim() || './data'), 'secret.key');
}

/**
 * The instance's secret key (AES-256-GCM key that seals tracker tokens): AFTERMATH_SECRET_KEY
 * (64 hex digits or base64 of 32 bytes) when set, else the key file, created with 32 random bytes
 * and mode 0600 on first use. A key file others may read is refused. The key is never logged.
 */
export function loadSecretKey(env: Record<string, string | undefined>, dataDir?: string): Buffer {
  const inline = env.AFTERMATH_SECRET_KEY?.trim();
  if (inline !== undefined && inline !== '') return decodeKey(inline, 'AFTERMATH_SECRET_KEY');
  const path = secretKeyPath(env, dataDir);
  try {
    const mode = statSync(path).mode & 0o777;
    if ((mode & 0o077) !== 0) {
      throw new Error(
        `secret key file ${path} is readable by others (mode ${mode.toString(8)}); run chmod 600 ${path}`,
      );
    }
    return decodeKey(readFileSync(path, 'utf8'), path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(path), { recursive: true });
  const key = randomBytes(keyBytes);
  // 'wx' fails if another process created the file meanwhile: then read theirs.
  try {
    writeFileSync(path, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return decodeKey(readFileSync(path, 'utf8'), path);
    }
    throw error;
  }
  return key;
}
