/**
 * A separate Node program using Job Forge through the typed client: sign in, create an application,
 * move it along the hiring pipeline (a stage change with a note), list the applications with their
 * stages, and read the funnel. Run it against a running server:
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

  // Sending it: the stage change records when, freezes the documents that went out, and suggests a
  // follow-up a week later (the next action on the application).
  const applied = await client.applications.moveStage.mutate({
    id: created.id,
    stage: 'applied',
    note: 'Applied through the careers page',
  });

  const applications = await client.applications.list.query({});
  console.log(`Signed in as ${me.email}; created ${created.name} (${created.status}).`);
  for (const application of applications) {
    const next = application.nextAction
      ? `; next: ${application.nextAction.title} by ${application.nextAction.dueAt.toISOString().slice(0, 10)}`
      : '';
    console.log(
      `- ${application.name}: ${application.companyName}, ${application.roleTitle} [${application.stage}${next}]`,
    );
  }

  const funnel = await client.insights.funnel.query({});
  for (const { stage, reached } of funnel.stages) console.log(`  ${stage.padEnd(12)} reached by ${reached}`);
  const toScreening = funnel.conversions.find((step) => step.from === 'applied');
  console.log(
    `  applied -> screening: ${
      toScreening?.rate === null || !toScreening ? 'no data yet' : `${Math.round(toScreening.rate * 100)}%`
    }`,
  );

  console.log(
    JSON.stringify({
      email: me.email,
      created: created.name,
      stage: applied.stage,
      appliedAt: applied.appliedAt,
      nextAction: applied.nextAction?.title ?? null,
      listed: applications.map((a) => a.name),
      reachedApplied: funnel.stages.find((s) => s.stage === 'applied')?.reached ?? 0,
    }),
  );
}

main().catch((error: unknown) => {
  if (isJobForgeError(error)) console.error(`Job Forge refused: ${error.data?.code ?? 'error'}: ${error.message}`);
  else console.error(error);
  process.exitCode = 1;
});
