import { useEffect } from 'react';

const dirtyEditors = new Set<symbol>();

/** True when no editor holds unsaved text, or the person agrees to leave it behind. */
export function confirmLeavingUnsaved(): boolean {
  if (dirtyEditors.size === 0) return true;
  return window.confirm('You have unsaved changes on this page. Leave and lose them?');
}

/**
 * Registers an editor's unsaved text so neither closing the tab nor following an in-app link
 * drops it without asking.
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
