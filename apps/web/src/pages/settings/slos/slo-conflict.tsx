import { ConflictNotice } from '../../../ui/conflict-notice';
import type { SloChange } from './slo-changes';

/**
 * Someone saved the SLO after this person loaded it: says so, keeps their values in the form,
 * and once the latest version is loaded lists what the other person changed, field by field.
 */
export function SloConflict({
  changes,
  onLoadLatest,
}: {
  /** Null until the latest version is loaded. */
  changes: SloChange[] | null;
  onLoadLatest: () => unknown;
}) {
  return (
    <ConflictNotice
      what="this SLO"
      loaded={changes !== null}
      onLoadLatest={onLoadLatest}
      loadLabel="Show what they changed"
      loadedText="What they changed is listed below. Keep what you want, then save again."
    >
      {changes !== null &&
        (changes.length === 0 ? (
          <p>The saved version has the same values you loaded. Save again to apply yours.</p>
        ) : (
          <>
            <p>
              Changed by someone else since you loaded it (the form still holds your values; saving
              again replaces theirs):
            </p>
            <ul className="slo-changes">
              {changes.map((change) => (
                <li key={change.label}>
                  {change.label}: <del>{change.before}</del> → <strong>{change.after}</strong>
                </li>
              ))}
            </ul>
          </>
        ))}
    </ConflictNotice>
  );
}
