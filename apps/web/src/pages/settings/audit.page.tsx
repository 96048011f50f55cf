import { Fragment, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading } from '../../ui/states';
import { AuditDiff } from './audit/audit-diff';
import { AuditVerify } from './audit/audit-verify';

const pageSize = 50;

interface AuditQuery {
  actor: string;
  action: string;
  target: string;
  after: number;
}

const noFilters: AuditQuery = { actor: '', action: '', target: '', after: 0 };

/** The API query: empty filters left out. */
function toApiQuery(query: AuditQuery) {
  return {
    after: query.after,
    limit: pageSize,
    ...(query.actor === '' ? {} : { actor: query.actor }),
    ...(query.action === '' ? {} : { action: query.action }),
    ...(query.target === '' ? {} : { target: query.target }),
  };
}

/**
 * `/settings/audit` (admins): the audit log oldest first, filtered by actor, action or table and
 * target; each record opens to its before/after field by field. Verify recomputes the hash chain;
 * Export downloads the whole log as JSON lines (streamed by the server).
 */
export default function AuditPage() {
  usePageTitle('Audit log');
  const [draft, setDraft] = useState(noFilters);
  const [query, setQuery] = useState(noFilters);
  const [open, setOpen] = useState<number | null>(null);
  const { resource, retry } = useResource(JSON.stringify(query), async () => {
    return (await api.call('listAudit', { query: toApiQuery(query) })).data.items;
  });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setOpen(null);
    setQuery({ ...draft, after: 0 });
  };
  const field = (name: 'actor' | 'action' | 'target', label: string, hint: string) => (
    <label>
      {label}{' '}
      <input
        value={draft[name]}
        placeholder={hint}
        onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
      />
    </label>
  );

  return (
    <div className="page audit-page">
      <h1>Audit log</h1>
      <p className="muted">
        Every change, who made it and when, hash-chained so an edited or removed record is found.
      </p>
      <div className="audit-tools">
        <AuditVerify />
        <a href="/api/v1/audit/export" download="audit.jsonl">
          Export the whole log (JSON lines)
        </a>
      </div>
      <form className="inline-form" onSubmit={apply} aria-label="Filter the audit log">
        {field('actor', 'Actor', 'ana or system')}
        {field('action', 'Action', 'incidents or incidents.update')}
        {field('target', 'Target', 'INC-7')}
        <button type="submit" className="primary">
          Filter
        </button>
      </form>
      {resource.state === 'loading' && <Loading what="the audit log" />}
      {resource.state === 'failed' && (
        <LoadFailed what="the audit log" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' && (
        <>
          {resource.value.length === 0 ? (
            <p className="muted">No audit records match.</p>
          ) : (
            <table className="data-table audit-table">
              <thead>
                <tr>
                  <th>#</th>
                  <th>When (UTC)</th>
                  <th>Actor</th>
                  <th>Action</th>
                  <th>Target</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {resource.value.map((record) => (
                  <Fragment key={record.seq}>
                    <tr data-seq={record.seq}>
                      <td>{record.seq}</td>
                      <td>{record.at.replace('T', ' ').slice(0, 19)}</td>
                      <td>{record.actor}</td>
                      <td>{record.action}</td>
                      <td>{record.target}</td>
                      <td>
                        <button
                          type="button"
                          aria-expanded={open === record.seq}
                          onClick={() => setOpen(open === record.seq ? null : record.seq)}
                        >
                          {open === record.seq ? 'Hide changes' : `Changes of #${record.seq}`}
                        </button>
                      </td>
                    </tr>
                    {open === record.seq && (
                      <tr>
                        <td colSpan={6}>
                          <AuditDiff record={record} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          )}
          <div className="audit-paging">
            {query.after > 0 && (
              <button type="button" onClick={() => setQuery({ ...query, after: 0 })}>
                First page
              </button>
            )}
            {resource.value.length === pageSize && (
              <button
                type="button"
                onClick={() =>
                  setQuery({ ...query, after: resource.value[resource.value.length - 1]?.seq ?? 0 })
                }
              >
                Next page
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
