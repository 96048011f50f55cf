// Log template mining: grouping accuracy on each loghub 2k sample against the figure Drain
// published for it (Zhu et al., ICSE-SEIP 2019), and throughput on a large synthetic plain-text
// log against a bare split-on-spaces loop over the same lines in the same run.
import { defineBenchmark, type Measurement } from '../../../bench/harness';
import {
  computeGroupingAccuracy,
  createLogLineScanner,
  createLogLineSplitter,
  createTemplateMiner,
} from '../src';
import {
  DRAIN_REFERENCE,
  hasLoghub,
  LOGHUB_SYSTEMS,
  loadLoghubSample,
} from '../test/log-templates/loghub-samples';

const TARGET_LINES_PER_SECOND = 300_000;

function measureAccuracy(): Measurement[] {
  return LOGHUB_SYSTEMS.map((system) => {
    const { lines, rows } = loadLoghubSample(system);
    const split = createLogLineSplitter({ referenceYear: 2005 });
    const miner = createTemplateMiner();
    const predicted = lines.map((line) => miner.add(split(line).content).templateId);
    const accuracy = computeGroupingAccuracy(
      predicted,
      rows.map((row) => row.EventId ?? ''),
    );
    return {
      name: `${system} grouping accuracy (loghub 2k)`,
      value: accuracy,
      unit: 'GA',
      higherIsBetter: true,
      baseline: { label: 'Drain (published)', value: DRAIN_REFERENCE[system] },
      target: { ratio: 1 },
      note: `${miner.templates().length} templates, default options`,
    };
  });
}

/** A tiny deterministic generator, so every run mines the same log. */
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    return state;
  };
}

/** Source lines: the loghub samples when present, else a few made-up templates. */
function sourceLines(): string[] {
  if (hasLoghub()) return LOGHUB_SYSTEMS.flatMap((system) => loadLoghubSample(system).lines);
  return [
    '2024-03-01 12:00:00,001 INFO [main] com.example.Pool: leased connection 17 of 20 to 10.0.0.4',
    '2024-03-01 12:00:00,002 WARN [io-3] com.example.Http: GET /api/v1/items/991 took 1234 ms',
    'Mar  1 12:00:01 web-1 sshd[4411]: Failed password for root from 10.1.2.3 port 50122 ssh2',
    '081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_38 terminating',
  ];
}

/**
 * About `count` lines: the source lines over and over, their message digits redrawn each time
 * (headers kept, so timestamps stay valid). Joined and split like a file read from disk.
 */
function generateLog(count: number): string[] {
  const source = sourceLines();
  const split = createLogLineSplitter({ referenceYear: 2005 });
  const starts = source.map((line) => split(line).contentStart);
  const random = createRandom(42);
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const index = i % source.length;
    const line = source[index] ?? '';
    const start = starts[index] ?? 0;
    const message = line
      .slice(start)
      .replace(/\d+/g, (digits) => String(random() % 10 ** Math.min(digits.length, 9)));
    lines.push(line.slice(0, start) + message);
  }
  return lines.join('\n').split('\n');
}

/** Results are summed here so no loop can be optimised away. */
let sink = 0;

/**
 * Best lines per CPU-second over `rounds` runs of `work`: the process's user + system time,
 * which is what "on one core" means and, unlike the wall clock, holds steady on a busy machine.
 */
function bestRate(lines: readonly string[], rounds: number, work: () => number): number {
  let best = 0;
  for (let round = 0; round < rounds; round += 1) {
    const start = process.cpuUsage();
    sink += work();
    const used = process.cpuUsage(start);
    best = Math.max(best, lines.length / ((used.user + used.system) / 1e6));
  }
  return best;
}

function measureThroughput(quick: boolean, log: (message: string) => void): Measurement[] {
  const lines = generateLog(quick ? 100_000 : 1_000_000);
  const megabytes = lines.reduce((sum, line) => sum + line.length + 1, 0) / 1e6;
  log(`mining ${lines.length.toLocaleString('en-US')} lines (${megabytes.toFixed(0)} MB)`);
  const rounds = quick ? 2 : 3;
  const baseline = bestRate(lines, rounds, () => {
    let tokens = 0;
    for (const line of lines) tokens += line.split(' ').length;
    return tokens;
  });
  let templates = 0;
  // As `aftermath logs parse` does: header found as offsets, the message mined in place.
  const mine = (input: readonly string[]) => () => {
    const scan = createLogLineScanner({ referenceYear: 2005 });
    const miner = createTemplateMiner();
    for (const line of input) miner.add(line, scan(line).contentStart);
    templates = miner.templates().length;
    return templates;
  };
  const pipeline = bestRate(lines, rounds, mine(lines));
  // The import reader decodes each line from bytes on its own, which gives flat strings; lines
  // split out of one big string are slices of it, slower to read character by character.
  const decoded = lines.map((line) => Buffer.from(line, 'utf8').toString('utf8'));
  const pipelineDecoded = bestRate(decoded, rounds, mine(decoded));
  decoded.length = 0;
  const split = createLogLineSplitter({ referenceYear: 2005 });
  const messages = lines.map((line) => split(line).content);
  const minerOnly = bestRate(lines, rounds, () => {
    const miner = createTemplateMiner();
    for (const message of messages) miner.add(message);
    return miner.templates().length;
  });
  const versus = { label: 'split on spaces', value: baseline };
  log(`checksum ${sink}`);
  return [
    {
      name: 'mine plain-text lines (timestamp + header split + template)',
      value: pipeline,
      unit: 'lines/s',
      higherIsBetter: true,
      baseline: versus,
      target: { value: TARGET_LINES_PER_SECOND },
      note:
        `${(pipeline / TARGET_LINES_PER_SECOND).toFixed(2)}× the target of ` +
        `${TARGET_LINES_PER_SECOND.toLocaleString('en-US')} lines/s on one core; ` +
        `${lines.length.toLocaleString('en-US')} lines, ${templates} templates, CPU time, best of ${rounds}`,
    },
    {
      name: 'the same on lines decoded one by one from bytes (as the import reader hands them over)',
      value: pipelineDecoded,
      unit: 'lines/s',
      higherIsBetter: true,
      baseline: versus,
      note: `${(pipelineDecoded / TARGET_LINES_PER_SECOND).toFixed(2)}× the target; CPU time, best of ${rounds}`,
    },
    {
      name: 'template miner alone on split messages',
      value: minerOnly,
      unit: 'lines/s',
      higherIsBetter: true,
      baseline: versus,
    },
  ];
}

export default [
  defineBenchmark({
    name: 'log-templates: grouping accuracy per loghub system',
    run: ({ log }) => {
      if (!hasLoghub()) {
        log('../shared/realdata/loghub is missing: no accuracy figures');
        return Promise.resolve([]);
      }
      return Promise.resolve(measureAccuracy());
    },
  }),
  defineBenchmark({
    name: 'log-templates: mining throughput',
    run: ({ quick, log }) => Promise.resolve(measureThroughput(quick, log)),
  }),
];
