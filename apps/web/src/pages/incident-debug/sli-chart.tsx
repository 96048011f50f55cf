import type { ChartMarker, SloSeriesBody } from './debug-data';

const width = 760;
const height = 240;
const margin = { top: 44, right: 16, bottom: 36, left: 64 };
const plotW = width - margin.left - margin.right;
const plotH = height - margin.top - margin.bottom;

interface Line {
  name: string;
  className: string;
  values: (number | null)[];
}

function linesOf(series: SloSeriesBody): Line[] {
  if (series.indicator === 'ratio') {
    return [
      {
        name: 'error rate',
        className: 'line-error',
        values: series.buckets.map((b) => b.errorRate),
      },
    ];
  }
  return [
    { name: 'p50', className: 'line-p50', values: series.buckets.map((b) => b.p50) },
    { name: 'p90', className: 'line-p90', values: series.buckets.map((b) => b.p90) },
    { name: 'p99', className: 'line-p99', values: series.buckets.map((b) => b.p99) },
  ];
}

/** SVG path through the points, broken where a bucket has no data (gaps stay visible). */
function pathOf(values: (number | null)[], x: (i: number) => number, y: (v: number) => number) {
  let d = '';
  let pen = false;
  values.forEach((value, i) => {
    if (value === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(value).toFixed(1)}`;
    pen = true;
  });
  return d;
}

const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);

/** Label rows for milestones: a label closer than 80 px to the previous one moves up a row. */
function labelRows(xs: number[]): number[] {
  const rows: number[] = [];
  const lastXByRow: number[] = [];
  for (const x of xs) {
    let row = 0;
    while (row < 2 && lastXByRow[row] !== undefined && x - (lastXByRow[row] ?? 0) < 80) row++;
    lastXByRow[row] = x;
    rows.push(row);
  }
  return rows;
}

/**
 * One SLO's SLI around the incident: error rate in % (ratio SLIs) or value percentiles in the
 * SLI's unit (threshold SLIs), the objective as a dashed line, milestones as vertical lines and
 * suspect changes as amber markers; x axis in UTC.
 */
export function SliChart({
  series,
  from,
  to,
  markers,
}: {
  series: SloSeriesBody;
  from: string;
  to: string;
  markers: ChartMarker[];
}) {
  const ratio = series.indicator === 'ratio';
  const scale = ratio ? 100 : 1;
  const unit = ratio ? 'error rate (%)' : 'SLI value (query unit, e.g. s)';
  const lines = linesOf(series);
  const objective = ratio ? series.allowedErrorRate : series.threshold;
  const observed = lines.flatMap((l) => l.values.filter((v): v is number => v !== null));
  const max = Math.max(objective ?? 0, ...observed, ratio ? 0.001 : 0.001) * 1.1;
  const fromMs = Date.parse(from);
  const span = Date.parse(to) - fromMs;
  const n = series.buckets.length;
  const x = (i: number) => margin.left + ((i + 0.5) / n) * plotW;
  const xAt = (at: string) => margin.left + ((Date.parse(at) - fromMs) / span) * plotW;
  const y = (v: number) => margin.top + plotH - (v / max) * plotH;
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const xTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => fromMs + f * span);
  const bucketMinutes = Math.round(span / n / 60_000) || 1;
  const sorted = [...markers].sort((a, b) => a.at.localeCompare(b.at));
  const rows = labelRows(sorted.filter((m) => m.kind === 'milestone').map((m) => xAt(m.at)));
  let milestoneIndex = 0;
  const rowOf = (m: ChartMarker) => (m.kind === 'milestone' ? (rows[milestoneIndex++] ?? 0) : 0);
  return (
    <figure className="sli-chart" aria-label={`SLI of ${series.slo}`}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${series.slo}: ${unit} over time`}
      >
        <line
          className="axis"
          x1={margin.left}
          x2={margin.left}
          y1={margin.top}
          y2={margin.top + plotH}
        />
        <line
          className="axis"
          x1={margin.left}
          x2={width - margin.right}
          y1={margin.top + plotH}
          y2={margin.top + plotH}
        />
        {yTicks.map((v) => (
          <g key={v}>
            <line className="grid" x1={margin.left} x2={width - margin.right} y1={y(v)} y2={y(v)} />
            <text className="tick" x={margin.left - 6} y={y(v) + 3} textAnchor="end">
              {(v * scale).toFixed(ratio ? 2 : 3)}
            </text>
          </g>
        ))}
        <text className="axis-label" x={12} y={margin.top - 30}>
          {unit}
        </text>
        {xTicks.map((ms) => (
          <text
            key={ms}
            className="tick"
            x={margin.left + ((ms - fromMs) / span) * plotW}
            y={height - 18}
            textAnchor="middle"
          >
            {hhmm(ms)}
          </text>
        ))}
        <text className="axis-label" x={width - margin.right} y={height - 4} textAnchor="end">
          time (UTC), {new Date(fromMs).toISOString().slice(0, 10)}
        </text>
        {objective !== null && (
          <line
            className="objective"
            x1={margin.left}
            x2={width - margin.right}
            y1={y(objective)}
            y2={y(objective)}
          >
            <title>
              {ratio
                ? `allowed error rate ${(objective * 100).toFixed(3)} %`
                : `objective ${objective}`}
            </title>
          </line>
        )}
        {lines.map((line) => (
          <path
            key={line.name}
            className={`series ${line.className}`}
            d={pathOf(line.values, x, y)}
          />
        ))}
        {sorted.map((m) => {
          const row = rowOf(m);
          return (
            <g key={`${m.kind}-${m.at}-${m.label}`} className={`marker ${m.kind}`}>
              <line
                x1={xAt(m.at)}
                x2={xAt(m.at)}
                y1={margin.top - row * 11}
                y2={margin.top + plotH}
              />
              <text
                x={xAt(m.at) + 3}
                y={m.kind === 'milestone' ? margin.top - 2 - row * 11 : margin.top + 10}
              >
                {m.kind === 'milestone' ? m.label : '▲'}
              </text>
              <title>{`${m.label} at ${m.at.slice(11, 19)} UTC`}</title>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted small">
        {series.slo} ({series.service}): n = {series.samples} sample
        {series.samples === 1 ? '' : 's'} in {n} buckets of about {bucketMinutes} min;{' '}
        {lines.map((l) => l.name).join(', ')}
        {objective !== null &&
          (ratio
            ? `; dashed: allowed error rate ${(objective * 100).toFixed(3)} %`
            : `; dashed: objective ${objective}`)}
        ; vertical lines: milestones; ▲ suspect changes.
      </figcaption>
    </figure>
  );
}
