import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { computeRowWindow, scrollTargetForRow, type RowWindow } from './row-window';

function sameWindow(a: RowWindow, b: RowWindow): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * Windowing over the page's own scroll: which of `count` fixed-height rows to render. Attach
 * `rowsRef` to the element padded by `start * rowHeight` above and the unrendered rows' height
 * below, and `headRef` to a header inside it (a table's `thead`) that sits above row 0. The page
 * keeps scrolling natively — wheel, PageDown, End and Space all work — and only the rows near the
 * viewport are in the DOM.
 */
export function useWindowedRows(count: number, rowHeight: number, overscan = 12) {
  const rowsRef = useRef<HTMLDivElement | null>(null);
  const headRef = useRef<HTMLTableSectionElement | null>(null);
  /** Where row 0's top is, relative to the viewport (the padding moves the header, not row 0). */
  const rowsTop = useCallback(() => {
    const rows = rowsRef.current;
    if (rows === null) return null;
    return rows.getBoundingClientRect().top + (headRef.current?.offsetHeight ?? 0);
  }, []);
  // `rendered` includes the overscan; `visible` is what the person sees, for "Showing 51–64 of …".
  const [windows, setWindows] = useState<{ rendered: RowWindow; visible: RowWindow }>(() => {
    const input = { count, rowHeight, overscan, scrolledPast: 0, viewportHeight: 1000 };
    return {
      rendered: computeRowWindow(input),
      visible: computeRowWindow({ ...input, overscan: 0 }),
    };
  });

  const measure = useCallback(() => {
    const top = rowsTop();
    if (top === null) return;
    const input = { count, rowHeight, overscan, scrolledPast: -top, viewportHeight: innerHeight };
    const rendered = computeRowWindow(input);
    const visible = computeRowWindow({ ...input, overscan: 0 });
    setWindows((current) =>
      sameWindow(current.rendered, rendered) && sameWindow(current.visible, visible)
        ? current
        : { rendered, visible },
    );
  }, [count, rowHeight, overscan, rowsTop]);

  useLayoutEffect(measure, [measure]);

  useEffect(() => {
    // One measurement per frame however many scroll events the wheel fires.
    let frame = 0;
    const schedule = () => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          measure();
        });
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, [measure]);

  /** Scrolls the page so row `index` is fully visible; the window follows on the next frame. */
  const scrollToRow = useCallback(
    (index: number) => {
      const top = rowsTop();
      if (top === null) return;
      const target = scrollTargetForRow(index, {
        rowsTop: top + window.scrollY,
        rowHeight,
        scrollY: window.scrollY,
        viewportHeight: window.innerHeight,
      });
      if (target !== null) window.scrollTo({ top: target });
      measure();
    },
    [rowHeight, measure, rowsTop],
  );

  return { ...windows.rendered, visible: windows.visible, rowsRef, headRef, scrollToRow };
}
