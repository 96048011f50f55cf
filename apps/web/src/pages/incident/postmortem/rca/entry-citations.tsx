import type { TimelineEntry } from '@aftermath/domain';

/** A short label for a timeline entry: its time (UTC, minutes) and title. */
export function entryLabel(entry: TimelineEntry): string {
  return `${entry.at.slice(11, 16)} ${entry.title}`;
}

/**
 * Picks timeline entries to cite (a multiple select: Ctrl/Cmd-click for several). Ids that no
 * longer name an entry are kept and shown as "(deleted entry)" so nothing is dropped silently.
 */
export function EntryCitations({
  label,
  entries,
  selected,
  onChange,
}: {
  label: string;
  entries: readonly TimelineEntry[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const known = new Set(entries.map((entry) => entry.id));
  const missing = selected.filter((id) => !known.has(id));
  return (
    <label className="rca-citations">
      <span>{label}</span>
      <select
        multiple
        size={Math.min(5, Math.max(2, entries.length + missing.length))}
        value={[...selected]}
        onChange={(event) =>
          onChange(Array.from(event.target.selectedOptions, (option) => option.value))
        }
      >
        {entries.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entryLabel(entry)}
          </option>
        ))}
        {missing.map((id) => (
          <option key={id} value={id}>
            (deleted entry {id})
          </option>
        ))}
      </select>
    </label>
  );
}
