import { DomainError } from '@aftermath/domain';
import type { DatabaseConnection, Driver, TransactionSettings } from 'kysely';
import { errorCode } from './dialect';

// Socket errors, SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server shuts down or
// is starting), and the messages node-postgres gives when a connection drops or never comes.
const socketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const lostConnection =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|Connection ended/i;

/** True when `error` says the database server cannot be reached, rather than that a query failed. */
export function isDatabaseUnreachable(error: unknown): boolean {
  const code = errorCode(error) ?? '';
  if (socketCodes.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code)) return true;
  return error instanceof Error && lostConnection.test(error.message);
}

function translate(error: unknown): unknown {
  if (!isDatabaseUnreachable(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new DomainError(
    'unavailable',
    `The database is unavailable (${reason}); nothing was stored. Try again when /healthz answers 200.`,
    [{ path: 'database', message: reason }],
  );
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw translate(error);
  }
}

const guarded = new WeakSet<DatabaseConnection>();

/**
 * Wraps a driver so a lost or refused database connection surfaces as the domain's `unavailable`
 * error (HTTP 503) instead of an internal one, whichever statement meets it. The driver's own
 * connection objects are kept (its release logic needs them); only `executeQuery` is guarded.
 */
export function reportUnavailableDatabase(driver: Driver): Driver {
  const guardConnection = (connection: DatabaseConnection): DatabaseConnection => {
    if (guarded.has(connection)) return connection;
    const executeQuery = connection.executeQuery.bind(connection);
    connection.executeQuery = (query) => guard(() => executeQuery(query));
    guarded.add(connection);
    return connection;
  };
  return {
    init: () => guard(() => driver.init()),
    acquireConnection: () => guard(async () => guardConnection(await driver.acquireConnection())),
    beginTransaction: (connection: DatabaseConnection, settings: TransactionSettings) =>
      guard(() => driver.beginTransaction(connection, settings)),
    commitTransaction: (connection) => guard(() => driver.commitTransaction(connection)),
    rollbackTransaction: (connection) => guard(() => driver.rollbackTransaction(connection)),
    releaseConnection: (connection) => driver.releaseConnection(connection),
    destroy: () => driver.destroy(),
  };
}
