import { useState } from 'react';
import { LoadFailed, Loading } from '../../../../ui/states';
import { DiffView, titleOf } from './diff-view';
import { useVersionDiff, useVersions, type VersionList } from './use-history';
import './history.css';

function VersionPicker({
  versions,
  label,
  value,
  onChange,
}: {
  versions: VersionList;
  label: string;
  value: number;
  onChange: (version: number) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            v{v.version} · {v.author ?? 'unknown'}
          </option>
        ))}
      </select>
    </label>
  );
}

function DiffArea({ incidentKey, from, to }: { incidentKey: string; from: number; to: number }) {
  const { resource, retry } = useVersionDiff(incidentKey, from === to ? null : { from, to });
  if (from === to) return <p className="muted">Pick two different versions.</p>;
  if (resource.state === 'loading') return <Loading what="the diff" />;
  if (resource.state === 'failed')
    return <LoadFailed what="the diff" error={resource.error} onRetry={retry} />;
  return resource.value && <DiffView diff={resource.value} />;
}

/** Every saved version (who, when, which sections) and a diff between any two. */
export function HistoryPanel({ incidentKey, version }: { incidentKey: string; version: number }) {
  const { resource, retry } = useVersions(incidentKey, version);
  const [picked, setPicked] = useState<{ from: number; to: number } | null>(null);
  return (
    <section className="history-panel" aria-labelledby="history-title">
      <h3 id="history-title">History</h3>
      {resource.state === 'loading' && <Loading what="the history" />}
      {resource.state === 'failed' && (
        <LoadFailed what="the history" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' &&
        (() => {
          const versions = resource.value;
          const newest = versions[0]?.version ?? 1;
          const pair = picked ?? { from: versions[1]?.version ?? newest, to: newest };
          return (
            <>
              <ol className="version-list" aria-label="Saved versions">
                {versions.map((v) => (
                  <li key={v.version}>
                    <strong>v{v.version}</strong>{' '}
                    <span className="muted">{v.savedAt.slice(0, 16).replace('T', ' ')}</span>{' '}
                    {v.author ?? 'unknown'} ·{' '}
                    {v.changed.length === 0 ? 'no change' : v.changed.map(titleOf).join(', ')}
                  </li>
                ))}
              </ol>
              {versions.length > 1 && (
                <>
                  <div className="button-row" role="group" aria-label="Compare versions">
                    <VersionPicker
                      versions={versions}
                      label="From"
                      value={pair.from}
                      onChange={(from) => setPicked({ ...pair, from })}
                    />
                    <VersionPicker
                      versions={versions}
                      label="To"
                      value={pair.to}
                      onChange={(to) => setPicked({ ...pair, to })}
                    />
                  </div>
                  <DiffArea incidentKey={incidentKey} from={pair.from} to={pair.to} />
                </>
              )}
            </>
          );
        })()}
    </section>
  );
}
