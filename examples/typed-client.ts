/**
 * A separate Node program using Job Forge through the typed client: sign in, create an application,
 * list the applications. Run it against a running server:
 *
 *   JOBFORGE_URL=http://localhost:3000 JOBFORGE_EMAIL=you@example.com JOBFORGE_PASSWORD='…' \
 *     npx tsx examples/typed-client.ts
 *
 * Without JOBFORGE_EMAIL it registers a throwaway demo account first. With JOBFORGE_TOKEN (a personal
 * API token from Settings) it skips signing in.
 */
import { createJobForgeClient, isJobForgeError } from '@jobforge/client';

const url = process.env.JOBFORGE_URL ?? 'http://localhost:3000';

async function signIn(): Promise<string> {
  if (process.env.JOBFORGE_TOKEN) return process.env.JOBFORGE_TOKEN;
  const anonymous = createJobForgeClient({ url });
  const email = process.env.JOBFORGE_EMAIL;
  const password = process.env.JOBFORGE_PASSWORD;
  if (email && password) return (await anonymous.auth.login.mutate({ email, password })).token;
  const demo = {
    email: `demo-${Date.now().toString(36)}@example.com`,
    password: `demo password ${Math.random().toString(36).slice(2)}`,
    fullName: 'Demo User',
  };
  return (await anonymous.auth.register.mutate(demo)).token;
}

async function main() {
  const client = createJobForgeClient({ url, token: await signIn() });
  const me = await client.auth.me.query();

  const created = await client.applications.create.mutate({
    companyName: 'Northwind Analytics',
    roleTitle: 'Senior Data Engineer',
    jobDescription: 'Own our PostgreSQL and streaming pipelines. Python, SQL, Kafka; mentoring juniors.',
    jobUrl: 'https://northwind.example/careers/123',
    priorityLevel: 'high',
  });

  const applications = await client.applications.list.query({});
  console.log(`Signed in as ${me.email}; created ${created.name} (${created.status}).`);
  for (const application of applications) {
    console.log(`- ${application.name}: ${application.companyName}, ${application.roleTitle} [${application.status}]`);
  }
  console.log(JSON.stringify({ email: me.email, created: created.name, listed: applications.map((a) => a.name) }));
}

main().catch((error: unknown) => {
  if (isJobForgeError(error)) console.error(`Job Forge refused: ${error.data?.code ?? 'error'}: ${error.message}`);
  else console.error(error);
  process.exitCode = 1;
});
