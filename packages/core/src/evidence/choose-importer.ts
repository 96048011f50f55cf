import { DomainError, type EvidenceFormat } from '@aftermath/domain';
import { importers as registeredImporters, type Importer } from '@aftermath/importers';

/** Below this confidence a guess is not a detection: `auto` asks the caller to name the format. */
export const detectionThreshold = 0.5;

/** The importer chosen for a piece of evidence, and how sure detection was (1 when named). */
export interface ImporterChoice {
  importer: Importer;
  confidence: number;
  detected: boolean;
}

function knownFormats(importers: readonly Importer[]): string {
  return importers.map((importer) => importer.format).join(', ');
}

/** The importer for a named format; `validation` listing the known formats when there is none. */
export function importerFor(
  importers: readonly Importer[],
  format: EvidenceFormat | 'auto',
): Importer | null {
  if (format === 'auto') return null;
  const found = importers.find((importer) => importer.format === format);
  if (found !== undefined) return found;
  const message = `no importer reads "${String(format)}"; known formats: auto, ${knownFormats(importers)}`;
  throw new DomainError('validation', `Unknown format: ${message}`, [{ path: 'format', message }]);
}

/**
 * Asks every importer how sure it is that `head` is in its format and takes the surest, when it
 * reaches {@link detectionThreshold}; ties go to the importer listed first.
 */
export function detectImporter(
  importers: readonly Importer[],
  head: string,
  name: string,
): ImporterChoice {
  let best: ImporterChoice | null = null;
  for (const importer of importers) {
    const confidence = importer.detect(head, name);
    if (confidence >= detectionThreshold && (best === null || confidence > best.confidence)) {
      best = { importer, confidence, detected: true };
    }
  }
  if (best !== null) return best;
  const message = `cannot tell its format; name one of: ${knownFormats(importers)}`;
  throw new DomainError('validation', `${name}: ${message}`, [{ path: 'format', message }]);
}

/** The formats the registered importers read, with their one-line descriptions. */
export function listEvidenceFormats(
  importers: readonly Importer[] = registeredImporters,
): { format: EvidenceFormat; description: string }[] {
  return importers.map(({ format, description }) => ({ format, description }));
}
