import { formatHealthTick, formatHealthValue, type HealthSignalBody } from './health-types';

const width = 320;
const height = 150;
const left = 40;
const bottom = 34;
const top = 8;

/**
 * A signal's weekly values as SVG bars with the y axis in the signal's unit, the warn and alert
 * limits as dashed lines, the week (Monday) under each bar and its sample size under that.
 */
export function HealthTrendChart({ signal }: { signal: HealthSignalBody }) {
  const values = signal.trend.map((p) => p.value ?? 0);
  const limits = [signal.threshold.warn, signal.threshold.alert];
  const max = Math.max(...values, ...limits) * 1.15 || 1;
  const plotHeight = height - top - bottom;
  const y = (v: number) => top + plotHeight - (v / max) * plotHeight;
  const step = (width - left) / Math.max(1, signal.trend.length);
  return (
    <svg
      className="health-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${signal.title} per week: ${signal.trend
        .map((p) => `${p.period} ${formatHealthValue(signal.unit, p.value)} (n = ${p.n})`)
        .join('; ')}`}
    >
      <line x1={left} x2={width} y1={y(0)} y2={y(0)} className="health-axis" />
      <line x1={left} x2={left} y1={top} y2={y(0)} className="health-axis" />
      {[0, max / 1.15].map((tick) => (
        <text key={tick} x={left - 4} y={y(tick) + 4} className="health-tick" textAnchor="end">
          {formatHealthTick(signal.unit, tick)}
        </text>
      ))}
      {signal.trend.map((point, i) => {
        const x = left + i * step;
        return (
          <g key={point.period}>
            {point.value !== null && (
              <rect
                x={x + step * 0.2}
                width={step * 0.6}
                y={y(point.value)}
                height={Math.max(1, y(0) - y(point.value))}
                className="health-bar"
              >
                <title>{`Week of ${point.period}: ${formatHealthValue(signal.unit, point.value)}, n = ${point.n}`}</title>
              </rect>
            )}
            <text
              x={x + step / 2}
              y={height - bottom + 13}
              className="health-tick"
              textAnchor="middle"
            >
              {point.period.slice(5)}
            </text>
            <text x={x + step / 2} y={height - 4} className="health-n" textAnchor="middle">
              {point.n}
            </text>
          </g>
        );
      })}
      <line
        x1={left}
        x2={width}
        y1={y(signal.threshold.warn)}
        y2={y(signal.threshold.warn)}
        className="health-limit-warn"
      />
      <line
        x1={left}
        x2={width}
        y1={y(signal.threshold.alert)}
        y2={y(signal.threshold.alert)}
        className="health-limit-alert"
      />
    </svg>
  );
}
