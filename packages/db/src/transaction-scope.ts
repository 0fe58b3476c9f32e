/**
 * One user transaction on a postgres.js connection, guarded against the connection dying under it.
 *
 * postgres.js 3.4 has three faults here, each reproduced by test/connection-faults.test.ts:
 * - a query, ROLLBACK or COMMIT written to a connection whose socket has closed throws from a
 *   setImmediate (`Cannot read properties of null (reading 'write')`, porsager/postgres#1208): an
 *   uncaught exception, the process exits;
 * - a reserved connection (`sql.reserve()`) given back after its backend died is handed out again
 *   and crashes the next query (#1199);
 * - the FATAL error of a backend killed mid-statement stays in the connection and fails the first
 *   statement after the reconnect; when that statement is a `reserve()`, the slot never leaves the
 *   "connecting" queue and the pool shrinks for good.
 * So transactions go through `sql.begin()` (its first statement is an ordinary pooled one, which
 * survives the stale error), and this scope learns when the connection closes (the client's
 * `onclose` with the connection id handed over by `onexecute`). From then on its handle refuses
 * every statement, and the transaction function's promise is never settled: `begin()` would
 * otherwise write ROLLBACK or COMMIT to the dead (or already reconnected and reused) connection.
 * The caller is told at once through `whenLost`.
 * A statement that outlives its deadline marks the connection lost and terminates it, so a silent
 * network cannot hold a transaction (or the caller) for minutes.
 */
import type postgres from 'postgres';
import { noAnswerError, withDeadline, type DeadlinedQuery } from './deadline.js';
import { DatabaseUnavailableError, ReleasedConnectionError } from './unavailable.js';

/** The driver's connection object, as far as we touch it. */
interface DriverConnection {
  id: number;
  terminate(): void;
}

/** Who to tell when the client's connection `id` closes (the client's `onclose` option calls `closed`). */
export class ConnectionWatch {
  private readonly watchers = new Map<number, Set<() => void>>();

  closed(id: number): void {
    const watchers = this.watchers.get(id);
    this.watchers.delete(id);
    for (const watcher of watchers ?? []) watcher();
  }

  watch(id: number, watcher: () => void): () => void {
    const set = this.watchers.get(id) ?? new Set();
    set.add(watcher);
    this.watchers.set(id, set);
    return () => {
      set.delete(watcher);
      if (set.size === 0 && this.watchers.get(id) === set) this.watchers.delete(id);
    };
  }
}

type State = 'starting' | 'open' | 'lost' | 'ended';

export class TransactionScope {
  private state: State = 'starting';
  private driver: DriverConnection | null = null;
  private unwatch: (() => void) | null = null;
  private loseWith: ((error: Error) => void) | null = null;
  private readonly startTimer: NodeJS.Timeout;
  /** Rejects when the connection is lost; never resolves. Race the transaction against it. */
  readonly whenLost: Promise<never>;

  constructor(private readonly watch: ConnectionWatch, private readonly deadlineMs: number) {
    this.whenLost = new Promise<never>((_, reject) => (this.loseWith = reject));
    this.whenLost.catch(() => {});
    // Waiting for a free connection and BEGIN count against the same deadline as a statement.
    this.startTimer = setTimeout(() => this.lose(noAnswerError(deadlineMs)), deadlineMs);
  }

  get lost(): boolean {
    return this.state === 'lost';
  }

  /** The first statement inside `begin()`: it tells us which connection we are on. Not awaited by the caller. */
  first(sql: postgres.TransactionSql, text: string): DeadlinedQuery {
    if (this.state !== 'starting') throw this.unusable();
    clearTimeout(this.startTimer);
    this.state = 'open';
    const query = sql.unsafe(text, [], {
      onexecute: (connection: DriverConnection) => {
        this.driver = connection;
        this.unwatch = this.watch.watch(connection.id, () =>
          this.lose(new DatabaseUnavailableError('The connection to the database was lost during this transaction.')),
        );
        return true;
      },
    } as postgres.UnsafeQueryOptions);
    return withDeadline(query, this.deadlineMs, () => this.abandon());
  }

  /** What Drizzle's session runs statements through: it refuses once the transaction is lost or over. */
  handle(sql: postgres.TransactionSql): postgres.TransactionSql {
    const check = () => {
      if (this.state !== 'open') throw this.unusable();
    };
    const run = (text: string, params?: unknown[], options?: postgres.UnsafeQueryOptions) => {
      check();
      return withDeadline(sql.unsafe(text, params as never, options), this.deadlineMs, () => this.abandon());
    };
    return new Proxy(sql, {
      get(target, property, receiver) {
        check();
        return property === 'unsafe' ? run : Reflect.get(target, property, receiver);
      },
      apply(target, thisArg, args) {
        check();
        return Reflect.apply(target as never, thisArg, args);
      },
    });
  }

  /** The transaction is over (committed, rolled back or lost): stop listening, refuse the handle. */
  end(): void {
    clearTimeout(this.startTimer);
    this.unwatch?.();
    this.unwatch = null;
    if (this.state !== 'lost') this.state = 'ended';
  }

  private unusable(): Error {
    return this.state === 'lost'
      ? new DatabaseUnavailableError('The connection to the database was lost during this transaction.')
      : new ReleasedConnectionError();
  }

  private lose(error: Error): void {
    if (this.state === 'lost' || this.state === 'ended') return;
    this.state = 'lost';
    this.unwatch?.();
    this.unwatch = null;
    this.loseWith?.(error);
  }

  /** Past a statement's deadline the connection may stay silent forever: end it (the server rolls back). */
  private abandon(): void {
    if (this.state !== 'open') return;
    const driver = this.driver;
    this.lose(new DatabaseUnavailableError(`The database did not answer within ${this.deadlineMs} ms.`));
    // Pending statements are rejected and the socket is closed; the pool reconnects the slot later.
    driver?.terminate();
  }
}
