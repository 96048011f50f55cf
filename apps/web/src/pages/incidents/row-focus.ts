/** The row a key moves focus to from row `current` of `total`, or null for other keys. */
export function targetRow(key: string, current: number, total: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return Math.min(total - 1, current + 1);
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    default:
      return null;
  }
}

function focusRowLink(index: number): boolean {
  const link = document.querySelector<HTMLElement>(
    `.windowed-incidents tr[aria-rowindex="${index + 2}"] td:first-child a`,
  );
  link?.focus({ preventScroll: true });
  return link !== null;
}

/**
 * Moves focus between the key links of a windowed incident table. The target row may not be
 * rendered yet: the page scrolls to it and focus follows once its incident is drawn.
 * Returns true when the key was handled, so the caller prevents the browser's own scrolling.
 */
export function moveRowFocus(
  event: KeyboardEvent,
  total: number,
  scrollToRow: (index: number) => void,
): boolean {
  const link = event.target instanceof HTMLAnchorElement ? event.target : null;
  const row = link?.closest('tr');
  if (!row || link?.closest('td') !== row.firstElementChild || event.altKey || event.ctrlKey)
    return false;
  const current = Number(row.getAttribute('aria-rowindex')) - 2;
  const target = targetRow(event.key, current, total);
  if (target === null || target === current) return target !== null;
  scrollToRow(target);
  if (!focusRowLink(target)) {
    // Give the window a few frames to render the row (and its chunk to load) before giving up.
    let frames = 300;
    const retry = () => {
      if (!focusRowLink(target) && --frames > 0) requestAnimationFrame(retry);
    };
    requestAnimationFrame(retry);
  }
  return true;
}
