import type { RcaTaxonomyEntry } from '@aftermath/domain';
import { TableHead } from '../../ui/table-head';

/** One list of the taxonomy as editable rows: code, label, description, retired. */
export function TaxonomyListEditor({
  title,
  entries,
  onChange,
}: {
  title: string;
  entries: RcaTaxonomyEntry[];
  onChange: (entries: RcaTaxonomyEntry[]) => void;
}) {
  const set = (index: number, entry: RcaTaxonomyEntry) =>
    onChange(entries.map((current, i) => (i === index ? entry : current)));
  return (
    <fieldset className="taxonomy-list">
      <legend>{title}</legend>
      <table>
        <TableHead columns={['Code', 'Label', 'Description', 'Retired', { hidden: 'Remove' }]} />
        <tbody>
          {entries.map((entry, index) => (
            <tr key={index}>
              <td>
                <input
                  aria-label={`${title} ${index + 1} code`}
                  value={entry.code}
                  pattern="[a-z0-9]+(-[a-z0-9]+)*"
                  onChange={(event) => set(index, { ...entry, code: event.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={`${title} ${index + 1} label`}
                  value={entry.label}
                  onChange={(event) => set(index, { ...entry, label: event.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={`${title} ${index + 1} description`}
                  value={entry.description}
                  onChange={(event) => set(index, { ...entry, description: event.target.value })}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${title} ${index + 1} retired`}
                  checked={entry.retired === true}
                  onChange={(event) => {
                    const { retired: _old, ...rest } = entry;
                    set(index, event.target.checked ? { ...rest, retired: true } : rest);
                  }}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onChange(entries.filter((_, i) => i !== index))}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() => onChange([...entries, { code: '', label: '', description: '' }])}
      >
        Add a code
      </button>
    </fieldset>
  );
}
