// HTTP load: 100 connections for 10 s (2 s with --quick) against a bare Fastify hello-world, a
// typical incident read and a timeline write on Aftermath over SQLite with the demo workspace.
// Read throughput is reported as a ratio to the hello-world measured in the same run. Each
// endpoint first takes the same load unmeasured for a moment, so the ratio compares two servers
// whose code is compiled rather than one still warming up. Any error fails the run (exit 1).
import autocannon from 'autocannon';
import { defineBenchmark, type Measurement } from '../../../bench/harness';
import { startAftermath, startHelloWorld, type LoadTarget } from './load-target';

const CONNECTIONS = 100;
/** Unmeasured load before each measured run, in seconds. */
const WARM_UP_SECONDS = 2;
const READ_TARGET_RATIO = 0.3;

interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Socket errors, timeouts and non-2xx answers together (each failed request once). */
  errors: number;
  /** The same split by kind, for the report. */
  errorKinds: string;
}

/** Loads the endpoint unmeasured for a moment, then measures it. */
async function warmThenRun(target: LoadTarget, request: LoadRequest, seconds: number) {
  await runLoad(target, request, WARM_UP_SECONDS);
  return runLoad(target, request, seconds);
}

/** Drives one target with autocannon and sums every kind of failure. */
async function runLoad(
  target: LoadTarget,
  request: LoadRequest,
  seconds: number,
): Promise<LoadResult> {
  const headers = {
    ...target.headers,
    ...(request.body ? { 'content-type': 'application/json' } : {}),
  };
  const result = await autocannon({
    url: target.url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [{ method: request.method, path: request.path, headers, body: request.body }],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    // autocannon counts a timeout both as an error and as a timeout.
    errors: result.errors + result.non2xx,
    errorKinds: [
      `${result.errors - result.timeouts} socket errors`,
      `${result.timeouts} timeouts`,
      `${result.non2xx} non-2xx answers`,
    ].join(', '),
  };
}

/** The figures of one endpoint: errors (must be 0), p50 and p99 latency. */
function describeRun(label: string, run: LoadResult): Measurement[] {
  return [
    {
      name: `${label} errors`,
      value: run.errors,
      unit: 'requests',
      higherIsBetter: false,
      target: { value: 0 },
      required: true,
      note: run.errorKinds,
    },
    { name: `${label} p50 latency`, value: run.p50Ms, unit: 'ms', higherIsBetter: false },
    { name: `${label} p99 latency`, value: run.p99Ms, unit: 'ms', higherIsBetter: false },
  ];
}

const timelineEntry = JSON.stringify({
  at: '2026-03-01T12:00:00Z',
  title: 'Load benchmark note',
  body: 'Written by the load benchmark.',
});

export default defineBenchmark({
  name: 'http load (autocannon, 100 connections)',
  async run({ quick, log }) {
    const seconds = quick ? 2 : 10;
    const hello = await startHelloWorld();
    log(`hello-world for ${seconds} s`);
    const baseline = await warmThenRun(hello, { method: 'GET', path: '/' }, seconds).finally(() =>
      hello.close(),
    );
    const aftermath = await startAftermath();
    try {
      log(`GET /api/v1/incidents/INC-1 for ${seconds} s`);
      const read = await warmThenRun(
        aftermath,
        { method: 'GET', path: '/api/v1/incidents/INC-1' },
        seconds,
      );
      log(`POST /api/v1/incidents/INC-2/timeline for ${seconds} s`);
      const write = await runLoad(
        aftermath,
        { method: 'POST', path: '/api/v1/incidents/INC-2/timeline', body: timelineEntry },
        seconds,
      );
      return [
        ...describeRun('hello-world', baseline),
        {
          name: 'incident read throughput',
          value: read.requestsPerSecond,
          unit: 'req/s',
          higherIsBetter: true,
          baseline: { label: 'bare Fastify hello-world', value: baseline.requestsPerSecond },
          target: { ratio: READ_TARGET_RATIO },
        },
        ...describeRun('incident read', read),
        {
          name: 'timeline write throughput',
          value: write.requestsPerSecond,
          unit: 'req/s',
          higherIsBetter: true,
        },
        ...describeRun('timeline write', write),
      ];
    } finally {
      await aftermath.close();
    }
  },
});
