import { DomainError, type WebhookSource } from '@aftermath/domain';
import { importers, type Importer, type Signal } from '@aftermath/importers';
import { streamOnce } from './read-limited-body';

/** What routing needs to know about a delivery, read by the source's own importer. */
export interface AlertFacts {
  /** Alertmanager/Grafana group key, Opsgenie alias, … when the sender groups. */
  groupKey: string | null;
  service: string | null;
  /** True when at least one alert in it is firing (a resolution alone never opens an incident). */
  firing: boolean;
  /** One label set per alert, with `service`, `severity` and `source` filled in for matching. */
  labelSets: Record<string, string>[];
  /** The first firing (else first) entry's title without its status tag: a new incident's title. */
  title: string;
  entries: number;
}

function importerOf(source: WebhookSource): Importer {
  const found = importers.find((importer) => importer.format === source);
  if (found === undefined) throw new Error(`no importer for webhook source ${source}`);
  return found;
}

function parseJson(body: Buffer): void {
  try {
    JSON.parse(body.toString('utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `not JSON (${reason})`;
    throw new DomainError('validation', `Webhook body is ${message}`, [{ path: 'body', message }]);
  }
}

function labelsOf(source: WebhookSource, signal: Signal | undefined, service: string | null) {
  const labels: Record<string, string> = { ...signal?.labels, source };
  const named = signal?.service ?? service;
  if (named !== null && named !== undefined) labels.service = named;
  if (signal?.severity) labels.severity = signal.severity;
  return labels;
}

/**
 * Runs the source's importer over the body to learn its group key, service, labels and title.
 * A body that is not JSON, or from which the importer gets no entry, is refused with the reason
 * (the importer's first problem), before anything is stored.
 */
export async function readAlertFacts(
  source: WebhookSource,
  body: Buffer,
  referenceYear: number,
): Promise<AlertFacts> {
  parseJson(body);
  const reading = importerOf(source).read(() => streamOnce(body), {
    evidenceId: 'probe',
    defaultZone: 'UTC',
    referenceYear,
  });
  const facts: AlertFacts = {
    groupKey: null,
    service: null,
    firing: false,
    labelSets: [],
    title: '',
    entries: 0,
  };
  let firstTitle: string | null = null;
  let next = await reading.next();
  for (; next.done !== true; next = await reading.next()) {
    const { entry, signal } = next.value;
    facts.entries += 1;
    facts.groupKey ??= signal?.groupKey ?? null;
    facts.service ??= signal?.service ?? entry.service ?? null;
    facts.labelSets.push(labelsOf(source, signal, entry.service ?? null));
    const firing = signal?.status === 'firing';
    firstTitle ??= entry.title;
    if (firing && !facts.firing) facts.title = entry.title;
    facts.firing ||= firing;
  }
  if (facts.entries === 0) {
    const problem = next.value.problems[0];
    const message = problem?.message ?? 'it holds no event the importer could read';
    const path = problem?.jsonPointer ? `body${problem.jsonPointer}` : 'body';
    throw new DomainError('validation', `Webhook body refused: ${message}`, [{ path, message }]);
  }
  facts.title = (facts.title || firstTitle || `${source} alert`).replace(
    /^\[[A-Z]+[^\]]*\]\s*/,
    '',
  );
  return facts;
}
