import { useCallback, useState } from 'react';

const storageKey = 'aftermath.editor.timeline';

function readOpen(): boolean {
  try {
    return window.localStorage.getItem(storageKey) !== 'closed';
  } catch {
    // Storage can be disabled (private windows, policies); the timeline then starts open.
    return true;
  }
}

/**
 * Whether the timeline beside the postmortem text is shown. Open until the person hides it; the
 * choice is remembered in this browser, so someone who writes without citing keeps the wide text.
 */
export function useTimelineDrawer() {
  const [open, setOpen] = useState(readOpen);
  const toggle = useCallback(() => {
    setOpen((current) => {
      try {
        window.localStorage.setItem(storageKey, current ? 'closed' : 'open');
      } catch {
        // Not remembered, but the toggle still works for this visit.
      }
      return !current;
    });
  }, []);
  return { open, toggle };
}
