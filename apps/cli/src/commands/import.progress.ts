import type { ImportProgress } from '@aftermath/core';
import type { Params, SingleBar } from 'cli-progress';

/** Bytes for people: `812 B`, `12.3 MB`, `1.07 GB` (powers of 1000). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '';
  if (seconds < 60) return ` ETA ${Math.ceil(seconds)}s`;
  return ` ETA ${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`;
}

/** What the progress line shows besides the bar's own figures. */
export interface ProgressPayload {
  name: string;
  stage: ImportProgress['stage'];
  lines: number;
  linesPerSecond: number;
}

/**
 * One progress line: name, stage, bar and percentage when the size is known, bytes, lines and
 * lines/s while reading, and the ETA.
 *
 * @example
 * // app.log  reading [██████░░░░░░░░░░░░░░]  31%  12.0 MB/38.5 MB · 80,211 lines · 40,105 lines/s ETA 3s
 */
export function formatProgressLine(payload: ProgressPayload, params: Params): string {
  const known = params.total > 0;
  const width = 20;
  const filled = Math.round(Math.min(1, Math.max(0, params.progress)) * width);
  const bar = known
    ? ` [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(Math.floor(params.progress * 100)).padStart(3)}%`
    : '';
  const size = known
    ? `${formatBytes(params.value)}/${formatBytes(params.total)}`
    : formatBytes(params.value);
  const lines =
    payload.stage === 'reading'
      ? ` · ${payload.lines.toLocaleString('en-US')} lines · ${Math.round(payload.linesPerSecond).toLocaleString('en-US')} lines/s`
      : '';
  return `${payload.name} ${payload.stage.padEnd(7)}${bar}  ${size}${lines}${known ? formatEta(params.eta) : ''}`;
}

/** Shows an import's progress; does nothing when not on a terminal. */
export interface ProgressDisplay {
  update(progress: ImportProgress): void;
  stop(): void;
}

const silent: ProgressDisplay = { update: () => undefined, stop: () => undefined };

/**
 * A progress bar on stderr for one piece of evidence: only when stderr is a terminal and the
 * output is not `--json`, so pipes and scripts never see control characters.
 */
export async function createProgressDisplay(
  name: string,
  enabled: boolean,
): Promise<ProgressDisplay> {
  if (!enabled) return silent;
  const { SingleBar } = await import('cli-progress');
  let bar: SingleBar | null = null;
  let stage: ImportProgress['stage'] | null = null;
  let stageStart = Date.now();
  return {
    update(progress) {
      const payload: ProgressPayload = {
        name,
        stage: progress.stage,
        lines: progress.lines,
        linesPerSecond: progress.lines / Math.max(0.001, (Date.now() - stageStart) / 1000),
      };
      if (stage !== progress.stage) {
        bar?.stop();
        stage = progress.stage;
        stageStart = Date.now();
        bar = new SingleBar({
          stream: process.stderr,
          format: (_options, params, values) =>
            formatProgressLine(values as ProgressPayload, params),
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 50,
          fps: 10,
        });
        bar.start(progress.totalBytes ?? 0, progress.bytes, payload);
        return;
      }
      bar?.update(progress.bytes, payload);
    },
    stop() {
      bar?.stop();
    },
  };
}
