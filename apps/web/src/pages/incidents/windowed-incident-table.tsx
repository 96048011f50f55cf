import type { Incident } from '@aftermath/domain';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { paths } from '../../router/routes';
import { useWindowedRows } from '../../ui/windowing/use-windowed-rows';
import type { PostmortemDeadline } from './deadline-badge';
import { IncidentRow, IncidentTableHead } from './incident-row';
import { moveRowFocus } from './row-focus';

/** A row's height in CSS pixels as `incident-list.css` draws it; measured again once rows exist. */
const estimatedRowHeight = 68;

function PendingRow({
  rowIndex,
  failed,
  onRetry,
}: {
  rowIndex: number;
  failed: boolean;
  onRetry: () => void;
}) {
  return (
    <tr aria-rowindex={rowIndex} className="pending-row">
      <td colSpan={6} className="muted">
        {failed ? (
          <>
            These incidents did not load.{' '}
            <button type="button" onClick={onRetry}>
              Retry
            </button>
          </>
        ) : (
          'Loading…'
        )}
      </td>
    </tr>
  );
}

/**
 * The incident list for any number of incidents: the page scrolls over the whole list while only
 * the rows near the viewport are in the DOM (`aria-rowcount`/`aria-rowindex` tell assistive
 * technology where they are). Arrow keys, Home and End move between the rows' key links.
 */
export function WindowedIncidentTable({
  total,
  rowAt,
  ensureRows,
  onRetry,
  deadlines,
  initialRow,
}: {
  total: number;
  rowAt: (index: number) => Incident | 'loading' | 'failed';
  /** Called with the rendered rows, so their incidents get loaded. */
  ensureRows: (start: number, end: number) => void;
  onRetry: (index: number) => void;
  deadlines: Map<string, PostmortemDeadline>;
  /** The row to scroll to when the list opens (from an old `?page=` link). */
  initialRow: number;
}) {
  const [rowHeight, setRowHeight] = useState(estimatedRowHeight);
  const { start, end, visible, rowsRef, headRef, scrollToRow } = useWindowedRows(total, rowHeight);
  const bodyRef = useRef<HTMLTableSectionElement>(null);

  useEffect(() => ensureRows(start, end), [start, end, ensureRows]);

  // The CSS fixes every row's height; measuring the first drawn incident once keeps the spacers
  // exact if a font renders taller. Once only: re-measuring while scrolling could feed back.
  const measured = useRef(false);
  useLayoutEffect(() => {
    const row = bodyRef.current?.querySelector('tr:not(.pending-row)');
    const height = row?.getBoundingClientRect().height ?? 0;
    if (measured.current || height === 0) return;
    measured.current = true;
    if (Math.abs(height - rowHeight) > 0.5) setRowHeight(height);
  });

  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || total === 0) return;
    opened.current = true;
    if (initialRow > 0) scrollToRow(Math.min(initialRow, total - 1));
  }, [initialRow, total, scrollToRow]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (moveRowFocus(event.nativeEvent, total, scrollToRow)) event.preventDefault();
  };

  const rows = [];
  for (let index = start; index < end; index++) {
    const row = rowAt(index);
    rows.push(
      typeof row === 'string' ? (
        <PendingRow
          key={`pending-${index}`}
          rowIndex={index + 2}
          failed={row === 'failed'}
          onRetry={() => onRetry(index)}
        />
      ) : (
        <IncidentRow
          key={row.key}
          incident={row}
          href={paths.incident(row.key)}
          deadline={deadlines.get(row.key)}
          rowIndex={index + 2}
        />
      ),
    );
  }

  return (
    <div className="windowed-incidents">
      <div
        className="table-wrap"
        ref={rowsRef}
        style={{ paddingTop: start * rowHeight, paddingBottom: (total - end) * rowHeight }}
      >
        <table className="table incidents-table" aria-rowcount={total + 1}>
          <caption className="visually-hidden">Incidents, newest first</caption>
          <colgroup>
            <col className="col-key" />
            <col />
            <col className="col-severity" />
            <col className="col-status" />
            <col className="col-services" />
            <col className="col-impact" />
          </colgroup>
          <thead ref={headRef}>
            <IncidentTableHead indexed />
          </thead>
          <tbody ref={bodyRef} onKeyDown={onKeyDown}>
            {rows}
          </tbody>
        </table>
      </div>
      {/* Sticks to the viewport's bottom edge while the list is longer than the screen. */}
      <p className="muted list-position">
        Showing {visible.start + 1}–{visible.end} of {total}
      </p>
    </div>
  );
}
