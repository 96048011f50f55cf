import { postmortemPublishedAtSetting, type Repositories } from '@aftermath/core';
import type { IncidentKey } from '@aftermath/domain';
import { markChecklistsStale, refreshMetricSummaries } from './repositories/metric-summary.refresh';
import type { Scope } from './scope';

// The one place the metrics summary is kept: every write method of a repository whose records
// feed M1–M10 refreshes the summary rows of the incidents it touched, in the same transaction as
// the write, so the summary and the records never disagree. Like the audit hook it goes by method
// name, so a write method added later is covered. The checklist of a postmortem also reads the
// decision policy, the text-check allow-lists, the people directory, services and SLO
// definitions: a write there marks every checklist to be worked out again. Other settings (saved
// views, sign-in bookkeeping, routing turns) and SLI samples (a Prometheus poll every minute) do
// not: a checklist whose SLO figures change with later samples is worked out again with its
// incident's next write.

const writeMethod = /^(insert|update|upsert|delete|remove|set|save|add|revoke|replace)/;

type AnyMethod = (...args: unknown[]) => Promise<unknown>;
/** The incidents a write touches, or `checklists` when it may change every checklist. */
type Touched = IncidentKey[] | 'checklists' | 'none';
type Repo = Record<string, unknown>;

/** The settings a postmortem's checklist reads (`readDecisionPolicy`, `readLintOptions`). */
const checklistSettings = new Set(['decisionPolicy', 'textChecks']);

/** The publication times a `postmortemPublishedAtSetting` value records, by incident. */
function recordedTimes(value: unknown): Map<IncidentKey, unknown> {
  return new Map(typeof value === 'object' && value !== null ? Object.entries(value) : []);
}

const keyOf = (record: unknown, field: 'key' | 'incidentKey'): IncidentKey[] => {
  const value = (record as Record<string, unknown> | null)?.[field];
  return typeof value === 'string' ? [value] : [];
};

/** How each summarised repository's writes name their incidents (before the write runs). */
const touchedBy: Record<string, (method: string, args: unknown[], repo: Repo) => Promise<Touched>> =
  {
    incidents: (_, [incident]) => Promise.resolve(keyOf(incident, 'key')),
    evidence: (_, [evidence]) => Promise.resolve(keyOf(evidence, 'incidentKey')),
    postmortems: (_, [postmortem]) => Promise.resolve(keyOf(postmortem, 'incidentKey')),
    actions: (_, [action]) => Promise.resolve(keyOf(action, 'incidentKey')),
    postmortemLinks: (_, [incidentKey]) =>
      Promise.resolve(typeof incidentKey === 'string' ? [incidentKey] : []),
    timeline: async (method, [first], repo) => {
      if (method === 'insertMany' && Array.isArray(first))
        return first.flatMap((item: { entry?: unknown }) => keyOf(item.entry, 'incidentKey'));
      if (method === 'delete' && typeof first === 'string')
        return keyOf(await (repo.get as AnyMethod)(first), 'incidentKey');
      return keyOf(first, 'incidentKey');
    },
    settings: async (_, [key, value], repo) => {
      if (typeof key === 'string' && checklistSettings.has(key)) return 'checklists';
      if (key !== postmortemPublishedAtSetting) return 'none';
      // The whole map of publications is written each time: only the incidents whose time it
      // adds or changes are touched, not every one published before.
      const before = recordedTimes(await (repo.get as AnyMethod)(key));
      return [...recordedTimes(value)]
        .filter(([incident, at]) => before.get(incident) !== at)
        .map(([incident]) => incident);
    },
    directory: () => Promise.resolve('checklists'),
    services: () => Promise.resolve('checklists'),
    slos: (method) => Promise.resolve(method === 'upsertSamples' ? 'none' : 'checklists'),
  };

function summarizedMethod(name: string, method: string, repo: Repo, scope: Scope): AnyMethod {
  const original = (repo[method] as AnyMethod).bind(repo);
  const touched = touchedBy[name];
  return (...args) =>
    scope.atomically(async () => {
      const which = touched ? await touched(method, args, repo) : 'none';
      const result = await original(...args);
      if (result === false || which === 'none') return result; // nothing was written
      if (which === 'checklists') await markChecklistsStale(scope.executor());
      else
        await refreshMetricSummaries(scope.executor(), scope.capabilities, which, {
          incidents: name === 'incidents',
          actions: name === 'actions',
        });
      return result;
    });
}

/** The repositories with the metrics summary kept by every write (see the comment above). */
export function withMetricSummaries(repos: Repositories, scope: Scope): Repositories {
  const out: Record<string, unknown> = { ...repos };
  for (const name of Object.keys(touchedBy)) {
    const repo = (repos as unknown as Record<string, Repo>)[name];
    if (repo === undefined) continue;
    const wrapped: Repo = { ...repo };
    for (const method of Object.keys(repo)) {
      if (writeMethod.test(method) && typeof repo[method] === 'function') {
        wrapped[method] = summarizedMethod(name, method, repo, scope);
      }
    }
    out[name] = wrapped;
  }
  return out as unknown as Repositories;
}
