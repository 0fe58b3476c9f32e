/**
 * A client-side deadline for every statement. PostgreSQL's statement_timeout ends slow statements
 * on a live server; when the network goes silent nothing answers at all, and a query would wait for
 * TCP to give up (many minutes). The deadline is the server's timeout plus a margin, so on a live
 * server the server's own error always comes first.
 */
import type postgres from 'postgres';
import { DatabaseUnavailableError } from './unavailable.js';

/** A postgres.js query: lazy until awaited; `values()` asks for rows as arrays. */
interface Query extends PromiseLike<unknown> {
  values(): unknown;
}

/** What Drizzle's postgres-js session uses of a query: `await q` and `await q.values()`. */
export interface DeadlinedQuery extends PromiseLike<unknown> {
  values(): DeadlinedQuery;
}

export function noAnswerError(ms: number): DatabaseUnavailableError {
  return new DatabaseUnavailableError(`The database did not answer within ${ms} ms.`);
}

/**
 * Wraps a postgres.js query; `onTimeout` runs once if the deadline passes first. With `inFlight`, the
 * query counts as running from when it is awaited (it is lazy until then) until it settles.
 */
export function withDeadline(query: Query, ms: number, onTimeout?: () => void, inFlight?: InFlight): DeadlinedQuery {
  let settled: Promise<unknown> | undefined;
  const start = () =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        onTimeout?.();
        reject(noAnswerError(ms));
      }, ms);
      query.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  const run = () => (settled ??= inFlight ? counted(inFlight, start()) : start());
  const wrapped: DeadlinedQuery = {
    values() {
      query.values();
      return wrapped;
    },
    then(onFulfilled, onRejected) {
      return run().then(onFulfilled, onRejected);
    },
  };
  return wrapped;
}

/** What is running on a pool now; close() waits for it instead of cutting it off. */
export interface InFlight {
  active: number;
}

/** Counts `work` as in flight until it settles. */
export function counted<T>(inFlight: InFlight, work: PromiseLike<T>): Promise<T> {
  inFlight.active++;
  return Promise.resolve(work).finally(() => {
    inFlight.active--;
  });
}

/**
 * The pool as Drizzle sees it, with a deadline on every statement. Each statement and each
 * transaction counts as in flight until it settles (a statement past its deadline no longer does).
 */
export function pooledWithDeadline(client: postgres.Sql, ms: number, inFlight: InFlight): postgres.Sql {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'unsafe') {
        return (text: string, params?: unknown[], options?: postgres.UnsafeQueryOptions) =>
          withDeadline(target.unsafe(text, params as never, options), ms, undefined, inFlight);
      }
      if (property === 'begin') {
        return (...args: Parameters<postgres.Sql['begin']>) => counted(inFlight, target.begin(...args));
      }
      return Reflect.get(target, property, receiver);
    },
  });
}
