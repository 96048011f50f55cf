/** One labelled bar; `value` is in the chart's unit. */
export interface BarRow {
  label: string;
  value: number;
  /** Shown at the bar's end instead of the plain value, e.g. "62 % of 99.9 %". */
  note?: string;
  tone?: 'ok' | 'warn' | 'bad';
}

const labelWidth = 120;
const plotWidth = 150;
const rowHeight = 24;

/**
 * Horizontal bars on a labelled x axis from `min` to `max` (0 drawn as a line when inside),
 * values outside the axis are clipped and say so in their note. Plain SVG, no chart library.
 */
export function BarListChart({
  rows,
  unit,
  min = 0,
  max,
  label,
  format = (v) => String(v),
}: {
  rows: BarRow[];
  unit: string;
  min?: number;
  max?: number;
  label: string;
  format?: (value: number) => string;
}) {
  const top = max ?? Math.max(1, ...rows.map((r) => r.value));
  // Wide notes ("62 % left · target 99.90 %") need more room than bare counts.
  const valueWidth = rows.some((r) => r.note) ? 170 : 30;
  const x = (v: number) =>
    labelWidth + ((Math.min(top, Math.max(min, v)) - min) / (top - min)) * plotWidth;
  const axisY = rows.length * rowHeight + 4;
  const zero = x(0);
  return (
    <svg
      className="bar-list-chart"
      viewBox={`0 0 ${labelWidth + plotWidth + valueWidth} ${axisY + 34}`}
      role="img"
      aria-label={label}
    >
      {rows.map((row, index) => {
        const y = index * rowHeight + 4;
        const start = Math.min(zero, x(row.value));
        const width = Math.max(1, Math.abs(x(row.value) - zero));
        return (
          <g key={row.label} className={`bar-row ${row.tone ?? ''}`}>
            <title>{`${row.label}: ${row.note ?? format(row.value)}`}</title>
            <text x={labelWidth - 6} y={y + 14} className="bar-label">
              {row.label.length > 17 ? `${row.label.slice(0, 16)}…` : row.label}
            </text>
            <rect x={start} y={y + 2} width={width} height={rowHeight - 8} className="bar" />
            <text x={Math.max(zero, x(row.value)) + 4} y={y + 14} className="bar-value">
              {row.note ?? format(row.value)}
            </text>
          </g>
        );
      })}
      <line x1={labelWidth} x2={labelWidth + plotWidth} y1={axisY} y2={axisY} className="axis" />
      {min < 0 && <line x1={zero} x2={zero} y1={0} y2={axisY} className="axis" />}
      {chooseTicks(min, top).map((tick) => (
        <text key={tick} x={x(tick)} y={axisY + 14} className="axis-label tick">
          {format(tick)}
        </text>
      ))}
      <text x={labelWidth + plotWidth / 2} y={axisY + 30} className="axis-label tick">
        {unit}
      </text>
    </svg>
  );
}

/** Ticks at the ends, at 0 when the axis crosses it, else in the middle when that is whole. */
function chooseTicks(min: number, max: number): number[] {
  if (min < 0) return [min, 0, max];
  const middle = (min + max) / 2;
  return Number.isInteger(middle) || max <= 1 ? [min, middle, max] : [min, max];
}
