/** How every procedure is built: the order of its steps, its transaction, and the limits on requests. */
import { describe, expect, it } from 'vitest';
import { call, signedInHarness } from './support/harness.js';

const { session, as } = signedInHarness();

describe('procedure order', () => {
  it('authenticates, then parses the input, and only then opens the user transaction', async () => {
    const database = session.harness.database as unknown as { runAsUser: (...args: unknown[]) => Promise<unknown> };
    const original = database.runAsUser;
    let transactions = 0;
    database.runAsUser = (...args) => {
      transactions += 1;
      return original.apply(database, args);
    };
    try {
      expect((await as('applications.get', { id: 'nope' })).status).toBe(400);
      expect((await call(session.harness.api, 'applications.get', { id: 'nope' })).status).toBe(401);
      expect(transactions).toBe(0);
      expect((await as('applications.get', { id: crypto.randomUUID() })).status).toBe(404);
      expect(transactions).toBe(1);
    } finally {
      database.runAsUser = original;
    }
  });
});

describe('protectedProcedure', () => {
  it('rolls back everything the handler wrote when it fails', async () => {
    const { TRPCError } = await import('@trpc/server');
    const { applications } = await import('@jobforge/db');
    const { createCallerFactory, protectedProcedure, router } = await import('../src/trpc.js');
    const { createRequestContext } = await import('../src/context.js');
    const failing = router({
      writeThenFail: protectedProcedure.mutation(async ({ ctx }) => {
        await ctx.db
          .insert(applications)
          .values({ userId: ctx.user.id, name: 'rolled_back', companyName: 'X', roleTitle: 'Y', jobDescription: 'Z' });
        throw new TRPCError({ code: 'CONFLICT', message: 'changed my mind' });
      }),
    });
    const request = new Request('http://localhost:3000/', {
      headers: { authorization: `Bearer ${session.user.token}` },
    });
    const caller = createCallerFactory(failing)(
      createRequestContext(session.harness.api.services, request, { requestId: 'rollback' }, new Headers()),
    );
    await expect(caller.writeThenFail()).rejects.toMatchObject({ code: 'CONFLICT' });
    const names = (await as('applications.list', {})).data.map((a: any) => a.name);
    expect(names).not.toContain('rolled_back');
  });
});

describe('request limits', () => {
  it('refuses bodies over 2 MB with 413 and a message, declared or streamed', async () => {
    const big = JSON.stringify({ json: { companyName: 'x'.repeat(3 * 1024 * 1024) } });
    const declared = await session.harness.api.handleTrpcRequest(
      new Request('http://localhost:3000/api/trpc/applications.create', {
        method: 'POST',
        headers: {
          authorization: `Bearer ${session.user.token}`,
          'content-type': 'application/json',
          'content-length': String(big.length),
        },
        body: big,
      }),
      { requestId: 'big-1' },
    );
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as any).error.json.message).toMatch(/larger than 2 MB/);
    const streamed = await session.harness.api.handleTrpcRequest(
      new Request('http://localhost:3000/api/trpc/applications.create', {
        method: 'POST',
        headers: { authorization: `Bearer ${session.user.token}`, 'content-type': 'application/json' },
        body: new Blob([big]).stream(),
        duplex: 'half',
      } as RequestInit),
      { requestId: 'big-2' },
    );
    expect(streamed.status).toBe(413);
  });
});
