/**
 * Readiness: the checks /readyz runs. The database must answer and its schema must be the one this
 * build expects (a replica started before `db:migrate` finished would otherwise serve errors); other
 * parts (e.g. the AI providers) may add checks. A failing check is logged and reported without detail.
 */
import { migrationStatus, sql, type AdminDatabase } from '@jobforge/db';
import type { Logger } from '@jobforge/observability';

/** A probe that hangs (a silent network) must still get its answer in time: each check gets this long. */
export const READINESS_CHECK_TIMEOUT_MS = 1_500;

export type ReadinessCheck = () => Promise<{ ok: boolean; detail?: string }>;

export interface Readiness {
  ok: boolean;
  checks: Record<string, { ok: boolean; detail?: string }>;
}

export class ReadinessChecks {
  private readonly checks = new Map<string, ReadinessCheck>();
  private shuttingDown = false;

  constructor(database: AdminDatabase, private readonly logger: Logger) {
    this.add('database', async () => {
      await database.bypassRls.execute(sql`select 1`);
      return { ok: true, detail: database.driver };
    });
    this.add('migrations', async () => {
      const status = await migrationStatus(database.bypassRls);
      return { ok: status.current, detail: `${status.applied}/${status.expected} applied` };
    });
  }

  add(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  /** From now on readiness fails: load balancers stop sending new work. */
  markShuttingDown(): void {
    this.shuttingDown = true;
  }

  async run(): Promise<Readiness> {
    const checks: Readiness['checks'] = {};
    if (this.shuttingDown) checks.shutdown = { ok: false, detail: 'shutting down' };
    await Promise.all(
      [...this.checks].map(async ([name, check]) => {
        try {
          checks[name] = await withinReadinessTimeout(check());
        } catch (error) {
          this.logger.warn({ err: error, check: name }, 'readiness check failed');
          checks[name] = { ok: false, detail: 'unavailable' };
        }
      }),
    );
    return { ok: Object.values(checks).every((check) => check.ok), checks };
  }
}

async function withinReadinessTimeout(
  check: Promise<{ ok: boolean; detail?: string }>,
): Promise<{ ok: boolean; detail?: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<{ ok: boolean; detail: string }>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, detail: `no answer within ${READINESS_CHECK_TIMEOUT_MS} ms` }),
      READINESS_CHECK_TIMEOUT_MS,
    );
  });
  check.catch(() => {}); // a late failure after the timeout is not news
  try {
    return await Promise.race([check, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
