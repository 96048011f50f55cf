import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Command } from 'commander';
import { createLogLineScanner, createTemplateMiner } from '@aftermath/analysis';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';

interface LogsParseOptions {
  zone: string;
  referenceYear?: string;
}

/** Lines of a file or stdin, gunzipped when the bytes say gzip. */
async function* readLines(file: string): AsyncGenerator<string> {
  if (file !== '-') {
    const found = await stat(file).catch(() => null);
    if (found === null || !found.isFile()) throw new UsageError(`${file}: no such file`);
  }
  const raw: Readable = file === '-' ? process.stdin : createReadStream(file);
  const iterator = raw[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  if (first.done === true) return;
  const head = first.value;
  const rest = Readable.from(
    (async function* () {
      yield head;
      for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
        yield next.value;
      }
    })(),
  );
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  const lines = createInterface({
    input: gzip ? rest.pipe(createGunzip()) : rest,
    crlfDelay: Infinity,
  });
  yield* lines;
}

/** Grows by doubling; holds one number per input line. */
class NumberColumn {
  private values = new Float64Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
  at(index: number): number {
    return this.values[index] ?? Number.NaN;
  }
}

/**
 * `aftermath logs parse FILE|-`: template mining, one JSON object per input line (DESIGN §3):
 * `{"line":N,"templateId":"T3","template":"…","at":ISO|null}`. Every line carries its
 * template as it stands at the end of the file (a template gains wildcards as lines arrive);
 * the assignments are kept as two numbers per line until then.
 */
export function registerLogs(program: Command): void {
  const logs = program.command('logs').description('log template mining');
  logs
    .command('parse')
    .description('print the template of every line as JSON lines (gzip is read transparently)')
    .argument('<file>', 'a log file, or - for stdin')
    .option('--zone <zone>', 'IANA zone for timestamps that carry none', 'UTC')
    .option('--reference-year <year>', 'year for timestamps written without one (syslog)')
    .action(
      runAction(async (output, file: string, options: LogsParseOptions) => {
        const referenceYear =
          options.referenceYear === undefined ? undefined : Number(options.referenceYear);
        if (referenceYear !== undefined && !Number.isInteger(referenceYear)) {
          throw new UsageError(
            `--reference-year must be a year like 2026, not ${options.referenceYear}`,
          );
        }
        const scan = createLogLineScanner({ defaultZone: options.zone, referenceYear });
        const miner = createTemplateMiner();
        const templateIndex = new Map<string, number>();
        const templates = new NumberColumn();
        const times = new NumberColumn();
        for await (const line of readLines(file)) {
          const spans = scan(line);
          const match = miner.add(line, spans.contentStart);
          let index = templateIndex.get(match.templateId);
          if (index === undefined) {
            index = templateIndex.size;
            templateIndex.set(match.templateId, index);
          }
          templates.push(index);
          times.push(spans.timed ? spans.timestamp.epochMs : Number.NaN);
        }
        const final = miner.templates();
        const byIndex = final.map((summary) => ({
          index: templateIndex.get(summary.templateId) ?? -1,
          summary,
        }));
        const summaries = new Array<(typeof final)[number]>(final.length);
        for (const { index, summary } of byIndex) if (index >= 0) summaries[index] = summary;
        const out: string[] = [];
        const flush = async () => {
          if (out.length === 0) return;
          const chunk = out.join('');
          out.length = 0;
          if (!process.stdout.write(chunk)) {
            await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
          }
        };
        for (let line = 0; line < templates.length; line += 1) {
          const summary = summaries[templates.at(line)];
          const epochMs = times.at(line);
          const record = {
            line: line + 1,
            templateId: summary?.templateId ?? null,
            template: summary?.template ?? null,
            at: Number.isNaN(epochMs) ? null : new Date(epochMs).toISOString(),
          };
          out.push(`${JSON.stringify(record)}\n`);
          if (out.length >= 4096) await flush();
        }
        await flush();
        output.info(`${templates.length} lines, ${final.length} templates`);
      }),
    );
}
