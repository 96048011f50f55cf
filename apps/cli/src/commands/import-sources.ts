import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { calendarDate } from '@aftermath/domain';
import {
  createChatImporter,
  importers as registeredImporters,
  readSlackExport,
  slackImporter,
  type Importer,
} from '@aftermath/importers';
import { UsageError } from '../exit-codes';
import { streamFolderAsTar } from './folder-tar';

/** What `import` reads for one path: its bytes, and the importers to choose from. */
export interface OpenedSource {
  name: string;
  source: AsyncIterable<Uint8Array> & { destroy?: () => void };
  sizeHint: number | undefined;
  /** Importers replacing the registry's (an unpacked Slack folder, a chat reference date). */
  importers: readonly Importer[] | undefined;
}

/** `--reference-date` checked as a real calendar day, or a usage error naming the flag. */
export function parseReferenceDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!calendarDate.safeParse(value).success) {
    throw new UsageError(`--reference-date must be a date as YYYY-MM-DD; got "${value}"`);
  }
  return value;
}

function withReferenceDate(referenceDate: string | undefined): readonly Importer[] | undefined {
  if (referenceDate === undefined) return undefined;
  const chat = createChatImporter({ referenceDate });
  return registeredImporters.map((importer) => (importer.format === 'chat' ? chat : importer));
}

// The folder is kept as a tar of its files; the entries come from the folder itself.
function slackFolder(path: string): OpenedSource {
  const importer: Importer = {
    ...slackImporter,
    description: 'Slack export (unpacked folder)',
    read: (_source, options) => readSlackExport(path, options),
  };
  const name = `${basename(path)}.tar`;
  return { name, source: streamFolderAsTar(path), sizeHint: undefined, importers: [importer] };
}

/**
 * Opens one `import` path: `-` is stdin, a file is streamed, a folder is read as an unpacked
 * Slack export (only with `--format slack`).
 */
export async function openImportSource(
  path: string,
  format: string,
  referenceDate: string | undefined,
): Promise<OpenedSource> {
  const importers = withReferenceDate(referenceDate);
  if (path === '-') return { name: 'stdin', source: process.stdin, sizeHint: undefined, importers };
  const info = await stat(path).catch(() => null);
  if (info === null) throw new UsageError(`${path}: no such file or folder`);
  if (info.isDirectory()) {
    if (format === 'slack') return slackFolder(path);
    throw new UsageError(
      `${path}: is a folder; only an unpacked Slack export is read as a folder (--format slack), ` +
        'otherwise give the files inside it',
    );
  }
  if (!info.isFile()) throw new UsageError(`${path}: not a file`);
  const source = createReadStream(path, { highWaterMark: 1024 * 1024 });
  return { name: path, source, sizeHint: info.size, importers };
}
