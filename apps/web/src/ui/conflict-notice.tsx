import type { ReactNode } from 'react';

/**
 * Says plainly that someone else saved first, that the person's text is still here, and offers
 * to load the latest version next to it. Nothing is discarded by this notice.
 */
export function ConflictNotice({
  what,
  loaded,
  onLoadLatest,
  loadLabel = 'Load the latest version next to mine',
  loadedText = 'The latest saved version is shown next to your text. Keep what you want, then save again.',
  children,
}: {
  what: string;
  /** True once the latest version is shown beside the person's own text. */
  loaded: boolean;
  onLoadLatest: () => unknown;
  /** The button, for a form that shows the latest version otherwise than beside the text. */
  loadLabel?: string;
  /** What is shown once it is loaded, said the same way. */
  loadedText?: string;
  children?: ReactNode;
}) {
  return (
    <div className="notice notice-warning conflict" role="alert">
      <p>
        <strong>Someone else changed {what} while you were editing.</strong> Your changes were not
        saved, and they are still here.
      </p>
      {loaded ? (
        <p>{loadedText}</p>
      ) : (
        <p>
          <button type="button" onClick={() => void onLoadLatest()}>
            {loadLabel}
          </button>
        </p>
      )}
      {children}
    </div>
  );
}
