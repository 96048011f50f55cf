import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { isCi } from '@aftermath/storage/testing';
import { freePort } from './peer-process';

const run = promisify(execFile);

/** A PostgreSQL server of its own, in a temp folder, that a test may stop and start again. */
export interface ThrowawayPostgres {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its folder. */
  dispose(): Promise<void>;
}

/** The folder with initdb and pg_ctl: PG_BINDIR, else the newest /usr/lib/postgresql/N/bin. */
function findBinaries(): string | undefined {
  const fromEnv = process.env.PG_BINDIR;
  if (fromEnv !== undefined && existsSync(join(fromEnv, 'pg_ctl'))) return fromEnv;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => join(root, v, 'bin')).find((dir) => existsSync(join(dir, 'pg_ctl')));
}

const missing =
  'PostgreSQL server binaries (initdb, pg_ctl) are not installed: apt-get install postgresql ' +
  '(or set PG_BINDIR). The PostgreSQL outage test needs a real server it can stop and start.';

/**
 * Whether the outage test can run: true with the binaries; outside CI, false with a loud notice;
 * under CI=true a missing server is a failure, never a skip.
 */
export function canStartPostgres(): boolean {
  if (findBinaries() !== undefined) return true;
  if (isCi()) throw new Error(missing);
  process.stderr.write(`\n=== SKIPPED: ${missing}\n\n`);
  return false;
}

/**
 * initdb into a temp folder (as the `postgres` OS user when running as root, since PostgreSQL
 * refuses root), then a server on 127.0.0.1 and a free port, trusting local connections, tuned for
 * tests rather than durability.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = findBinaries();
  if (bin === undefined) throw new Error(missing);
  const folder = mkdtempSync(join(tmpdir(), 'aftermath-outage-pg-'));
  const asRoot = process.getuid?.() === 0;
  const as = (tool: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { cwd: folder })
      : run(join(bin, tool), args, { cwd: folder });
  if (asRoot) await run('chown', ['postgres:', folder]);
  const data = join(folder, 'data');
  await as('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  const port = await freePort();
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=16MB`;
  const start = async () => {
    await as('pg_ctl', [
      '-D',
      data,
      '-l',
      join(folder, 'server.log'),
      '-w',
      '-t',
      '30',
      'start',
      '-o',
      options,
    ]);
  };
  const stop = async () => {
    await as('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async dispose() {
      await stop().catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
