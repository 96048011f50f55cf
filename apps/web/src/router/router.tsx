import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { acceptLocation, confirmLeavingUnsaved } from './unsaved-changes';

const navigationEvent = 'aftermath:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(navigationEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(navigationEvent, onChange);
  };
}

// A string snapshot keeps useSyncExternalStore stable between renders.
function snapshot(): string {
  return window.location.pathname + window.location.search;
}

/** The current path and query, re-rendering on every navigation. */
export function useLocation(): { pathname: string; search: URLSearchParams } {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  return { pathname: url.pathname, search: url.searchParams };
}

/**
 * Moves to `to` with the history API; `replace` keeps the back button sensible for filters.
 * Returns false when the person chose to stay with unsaved changes.
 */
export function navigate(to: string, options: { replace?: boolean } = {}): boolean {
  if (to === snapshot()) return true;
  if (new URL(to, window.location.origin).pathname !== window.location.pathname) {
    if (!confirmLeavingUnsaved()) return false;
  }
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  acceptLocation();
  window.dispatchEvent(new Event(navigationEvent));
  return true;
}

function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** An ordinary link that navigates without a page load (new-tab clicks still work). */
export function Link({
  to,
  onClick,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  return (
    <a
      {...rest}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !isPlainLeftClick(event)) return;
        event.preventDefault();
        if (navigate(to)) window.scrollTo(0, 0);
      }}
    />
  );
}
