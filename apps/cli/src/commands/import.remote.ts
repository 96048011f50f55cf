import { openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ApiClient } from '@aftermath/contract';
import type { EvidenceFormat, IncidentKey } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import type { ImportedFile } from './import.format';

/** What to send with each file. */
export interface RemoteImportOptions {
  format: EvidenceFormat | 'auto';
  zone?: string;
  referenceDate?: string;
}

async function readStdin(): Promise<Blob> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Blob(chunks);
}

/**
 * Uploads one evidence file (or stdin for `-`) to the incident through the API; the server reads
 * and imports it exactly as a local import would. Folders (Slack exports) and chat transcripts
 * with a reference date need local mode, which reads them from disk.
 */
export async function importRemotely(
  api: ApiClient,
  key: IncidentKey,
  path: string,
  options: RemoteImportOptions,
): Promise<ImportedFile> {
  if (options.referenceDate !== undefined) {
    throw new UsageError('--reference-date works only in local mode (no --server)');
  }
  const name = path === '-' ? 'stdin' : basename(path);
  if (path !== '-' && (await stat(path)).isDirectory()) {
    throw new UsageError(`${path}: folders import only in local mode (no --server)`);
  }
  const body = path === '-' ? await readStdin() : await openAsBlob(path);
  const { data } = await api.call('uploadEvidence', {
    params: { key },
    query: {
      format: options.format,
      name,
      ...(options.zone === undefined ? {} : { zone: options.zone }),
    },
    body,
  });
  return { file: name, evidence: data, detected: options.format === 'auto' };
}
