import { once } from 'node:events';
import type { Command } from 'commander';
import {
  canonicalJson,
  listAuditRecords,
  readAuditLog,
  verifyAuditLog,
  type AuditRecord,
} from '@aftermath/core';
import { systemPrincipal } from '@aftermath/domain';
import { exitCode, UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';

function formatRecords(records: AuditRecord[]): string {
  if (records.length === 0) return 'No audit records.';
  return records.map((r) => `#${r.seq}\t${r.at}\t${r.actor}\t${r.action}\t${r.target}`).join('\n');
}

function parseCount(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    throw new UsageError(`${flag}: must be a whole number ≥ 0, got ${value}`);
  }
  return number;
}

function registerVerify(audit: Command): void {
  withDataOptions(
    audit
      .command('verify')
      .description('recompute the hash chain; exit 1 naming the first broken record'),
  ).action(
    runAction(async (output, options: DataOptions) => {
      const result = await withContext(options, (ctx) => verifyAuditLog(ctx, systemPrincipal));
      output.result(result, () =>
        result.broken === null
          ? `Audit log intact: ${result.records} records.`
          : `Audit log broken at record #${result.broken.seq}: ${result.broken.reason} (${result.records} records before it hold).`,
      );
      return result.ok ? exitCode.ok : exitCode.findings;
    }),
  );
}

/** The longest value each filter takes, as the API's `GET /api/v1/audit` does. */
const filterLengths = { actor: 200, action: 200, target: 500 } as const;

/** A filter flag's value trimmed, or undefined when absent; exit 2 naming the flag when empty or too long. */
function parseFilter(value: string | undefined, name: keyof typeof filterLengths) {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  const longest = filterLengths[name];
  if (trimmed.length === 0 || trimmed.length > longest) {
    throw new UsageError(`--${name}: must be 1 to ${longest} characters, got "${value}"`);
  }
  return trimmed;
}

interface ListOptions extends DataOptions {
  after?: string;
  limit?: string;
  actor?: string;
  action?: string;
  target?: string;
}

function registerList(audit: Command): void {
  withDataOptions(
    audit
      .command('list')
      .description('audit records, oldest first, optionally of one actor, action and target')
      .option('--after <seq>', 'only records after this sequence number', '0')
      .option('--limit <n>', 'at most this many records', '100')
      .option('--actor <name>', 'only changes made by this actor (a username, or system)')
      .option(
        '--action <action>',
        'only this action (incidents.insert), or every action on a table (incidents)',
      )
      .option('--target <target>', 'only changes to this target (an incident key, a token id, …)'),
  ).action(
    runAction(async (output, options: ListOptions) => {
      const filter = {
        after: parseCount(options.after, '--after', 0),
        limit: Math.max(1, parseCount(options.limit, '--limit', 100)),
        actor: parseFilter(options.actor, 'actor'),
        action: parseFilter(options.action, 'action'),
        target: parseFilter(options.target, 'target'),
      };
      const items = await withContext(options, (ctx) =>
        listAuditRecords(ctx, systemPrincipal, filter),
      );
      output.result({ items }, () => formatRecords(items));
    }),
  );
}

function registerExport(audit: Command): void {
  withDataOptions(
    audit.command('export').description('the whole audit log as JSON lines on stdout'),
  ).action(
    runAction(async (output, options: DataOptions) => {
      const count = await withContext(options, async (ctx) => {
        let n = 0;
        for await (const record of readAuditLog(ctx, systemPrincipal)) {
          // Streamed with back-pressure: a slow reader (a pipe, a file on a slow disk) makes the
          // export wait instead of queueing the whole log in memory.
          if (!process.stdout.write(`${canonicalJson(record)}\n`)) {
            await once(process.stdout, 'drain');
          }
          n += 1;
        }
        return n;
      });
      output.info(`Exported ${count} audit records.`);
    }),
  );
}

/** `aftermath audit verify|list|export`: the hash-chained record of every change. */
export function registerAudit(program: Command): void {
  const audit = program
    .command('audit')
    .description('the audit log of every change: verify, list, export');
  registerVerify(audit);
  registerList(audit);
  registerExport(audit);
}
