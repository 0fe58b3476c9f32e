/**
 * What a tool call costs on top of the API: list_applications (20 applications) one call at a time,
 * through the typed client straight to /api/trpc (the baseline), through /mcp (Streamable HTTP,
 * stateless: each call authenticates the token, checks its scope and builds a server), and through the
 * jobforge-mcp bin over stdio (which calls /api/trpc itself). Rounds alternate so machine load
 * falls on all three alike. Prints figures; asserts nothing.
 *
 *   npm run bench:mcp          (BENCH_CALLS per round, default 50; 3 rounds)
 */
import os from 'node:os';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { callTool, httpClient, stdioClient } from '../test/support/mcp-client.js';
import { SAMPLE_APPLICATION, startTestServer } from '../test/support/test-server.js';

const CALLS = Number(process.env.BENCH_CALLS ?? 50);
const ROUNDS = 3;
const APPLICATIONS = 20;

const server = await startTestServer();
try {
  const user = await server.user('bench');
  for (let i = 0; i < APPLICATIONS; i++) {
    await user.client.applications.create.mutate({ ...SAMPLE_APPLICATION, roleTitle: `Engineer ${i}` });
  }
  const overHttp = await httpClient(server.mcpUrl, user.readWriteToken);
  const overStdio = await stdioClient(server.url, user.readWriteToken);
  const viaTool = (client: Client) => async () => {
    const answer = await callTool(client, 'list_applications');
    if (answer.isError || !answer.text.startsWith(`${APPLICATIONS} applications`)) throw new Error(answer.text);
  };
  const paths: Array<[string, () => Promise<unknown>]> = [
    ['typed client -> /api/trpc applications.list', () => user.client.applications.list.query({})],
    ['MCP client -> POST /mcp list_applications', viaTool(overHttp)],
    ['MCP client -> jobforge-mcp (stdio) list_applications', viaTool(overStdio.client)],
  ];
  const samples = new Map<string, number[]>(paths.map(([name]) => [name, []]));
  for (const [, call] of paths) await call(); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, call] of paths) {
      for (let i = 0; i < CALLS; i++) {
        const started = performance.now();
        await call();
        samples.get(name)!.push(performance.now() - started);
      }
    }
  }
  const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  console.log(
    `${ROUNDS} x ${CALLS} sequential calls each, ${APPLICATIONS} applications, load average ${os
      .loadavg()[0]!
      .toFixed(1)}`,
  );
  console.log('| path | p50 | p95 | calls/s |');
  console.log('|---|---|---|---|');
  for (const [name, values] of samples) {
    const sorted = [...values].sort((a, b) => a - b);
    const total = values.reduce((sum, value) => sum + value, 0);
    console.log(
      `| ${name} | ${at(sorted, 0.5).toFixed(1)} ms | ${at(sorted, 0.95).toFixed(1)} ms | ${(
        values.length /
        (total / 1000)
      ).toFixed(0)} |`,
    );
  }
  await overHttp.close();
  await overStdio.client.close();
} finally {
  await server.close();
}
