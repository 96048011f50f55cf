import { useEffect } from 'react';

const dirtyEditors = new Set<symbol>();
const question = 'You have unsaved changes on this page. Leave and lose them?';

/** True when no editor holds unsaved text, or the person agrees to leave it behind. */
export function confirmLeavingUnsaved(): boolean {
  return dirtyEditors.size === 0 || window.confirm(question);
}

const pageOf = (url: Location | URL) => url.pathname + url.search;
let acceptedPage = pageOf(window.location);

/** Records the page the app now shows, after a navigation went ahead. */
export function acceptLocation(): void {
  acceptedPage = pageOf(window.location);
}

// Back and forward cannot be cancelled, only undone: when the person declines, the page they
// were on goes back into the address bar before the router (subscribed later) reads it.
window.addEventListener('popstate', () => {
  const next = pageOf(window.location);
  if (next === acceptedPage) return;
  if (confirmLeavingUnsaved()) acceptedPage = next;
  else window.history.pushState(null, '', acceptedPage);
});

/**
 * Registers an editor's unsaved text so closing the tab, following an in-app link or pressing
 * Back never drops it without asking.
 */
export function useUnsavedChangesGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const token = Symbol('editor');
    dirtyEditors.add(token);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      dirtyEditors.delete(token);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty]);
}
