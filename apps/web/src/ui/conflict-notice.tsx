import type { ReactNode } from 'react';

/**
 * Says plainly that someone else saved first, that the person's text is still here, and offers
 * to load the latest version next to it. Nothing is discarded by this notice.
 */
export function ConflictNotice({
  what,
  loaded,
  onLoadLatest,
  children,
}: {
  what: string;
  /** True once the latest version is shown beside the person's own text. */
  loaded: boolean;
  onLoadLatest: () => unknown;
  children?: ReactNode;
}) {
  return (
    <div className="notice notice-warning conflict" role="alert">
      <p>
        <strong>Someone else changed {what} while you were editing.</strong> Your changes were not
        saved, and they are still here.
      </p>
      {loaded ? (
        <p>
          The latest saved version is shown next to your text. Keep what you want, then save again.
        </p>
      ) : (
        <p>
          <button type="button" onClick={() => void onLoadLatest()}>
            Load the latest version next to mine
          </button>
        </p>
      )}
      {children}
    </div>
  );
}
