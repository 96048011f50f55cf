import type { SavedView } from '@aftermath/domain';
import { useState } from 'react';
import { api, describeError } from '../../api/client';
import { formFailureOf, type FormFailure } from '../../api/field-errors';
import { useResource } from '../../api/use-resource';
import { Link } from '../../router/router';
import { paths } from '../../router/routes';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/states';
import {
  fromSavedFilters,
  hasFilters,
  toSavedFilters,
  writeFilters,
  type ListFilters,
} from './list-query';

function viewQuery(view: SavedView): string {
  return writeFilters(fromSavedFilters(view.filters)).toString();
}

function SaveViewForm({ filters, onSaved }: { filters: ListFilters; onSaved: () => unknown }) {
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      await api.call('saveView', { body: { name, shared, filters: toSavedFilters(filters) } });
      setName('');
      setFailure(null);
      await onSaved();
    } catch (error) {
      setFailure(formFailureOf(error, ['name']));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="save-view-form"
      aria-label="Save these filters as a view"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Field label="View name" error={failure?.errors.name}>
        {(props) => (
          <input
            {...props}
            value={name}
            maxLength={80}
            placeholder="e.g. Open SEV1s"
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <label className="checkbox-label">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
        Share with the workspace
      </label>
      <button type="submit" disabled={busy}>
        Save view
      </button>
      {failure && failure.errors.name === undefined && (
        <Notice tone="error">{failure.message}</Notice>
      )}
    </form>
  );
}

/**
 * Named filters above the incident list: each applies its filters in one click; the current
 * filters can be saved for oneself or shared with the workspace.
 */
export function SavedViews({ filters, current }: { filters: ListFilters; current: string }) {
  const { resource, reload } = useResource('saved-views', async () => {
    const { data } = await api.call('listSavedViews', {});
    return data.items;
  });
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const remove = async (view: SavedView) => {
    try {
      await api.call('deleteSavedView', { params: { id: view.id } });
      setDeleteError(null);
      await reload();
    } catch (error) {
      setDeleteError(`Could not delete "${view.name}": ${describeError(error)}`);
    }
  };
  const views = resource.state === 'ready' ? resource.value : [];
  return (
    <section className="saved-views" aria-label="Saved views">
      <h2 className="visually-hidden">Saved views</h2>
      {views.length > 0 && (
        <ul className="saved-view-list">
          {views.map((view) => (
            <li key={view.id} className="saved-view">
              <Link
                to={paths.incidents(new URLSearchParams(viewQuery(view)))}
                aria-current={viewQuery(view) === current ? 'true' : undefined}
              >
                {view.name}
              </Link>
              {view.shared && <span className="muted small">shared</span>}
              <button
                type="button"
                className="icon-button"
                aria-label={`Delete view ${view.name}`}
                onClick={() => void remove(view)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {resource.state === 'failed' && (
        <p className="muted small">
          Saved views could not be loaded: {describeError(resource.error)}
        </p>
      )}
      {deleteError && <Notice tone="error">{deleteError}</Notice>}
      {hasFilters(filters) && <SaveViewForm filters={filters} onSaved={reload} />}
    </section>
  );
}
