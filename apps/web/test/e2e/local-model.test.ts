/**
 * The built server writing with a model on an OpenAI-compatible server (a local mock in Ollama's
 * shape): the settings page, the run's progress and the document's credit name the model.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, startChatMock, type ChatMock } from '@jobforge/ai/testing';
import { hasChromium, mustRun, signUp, trpc as callTrpc, uniqueEmail } from './browser';
import { useAppInBrowser } from './suite';

const run = hasChromium || mustRun;
const MODEL = 'llama3.1:8b';
const LABEL = `${MODEL} (OpenAI-compatible server)`;

describe.runIf(run)('a local model through an OpenAI-compatible server', () => {
  let mock: ChatMock;
  // The model's server first: the app is started pointing at it.
  beforeAll(async () => {
    mock = await startChatMock({ shape: 'ollama', models: [MODEL] });
  });
  afterAll(() => mock?.close());
  const suite = useAppInBrowser({
    app: () => ({
      env: {
        JOBFORGE_TEXT_PROVIDER: 'openai-compatible',
        OPENAI_COMPATIBLE_BASE_URL: mock.url,
        OPENAI_COMPATIBLE_MODEL: MODEL,
      },
    }),
  });
  let applicationId = '';

  beforeAll(async () => {
    await signUp(suite.page, suite.app, {
      name: 'Jane Doe',
      email: uniqueEmail('jane'),
      password: 'a local model please',
    });
    const trpc = (procedure: string, input: unknown) => callTrpc(suite.page, suite.app, procedure, input);
    await trpc('resumes.create', { name: 'Backend', content: fixtures.backendResume, isPrimary: true });
    const created = await trpc('applications.create', {
      companyName: fixtures.application.companyName,
      roleTitle: fixtures.application.roleTitle,
      jobDescription: fixtures.application.jobDescription,
    });
    applicationId = created.id;
  }, 240_000);

  it('says in Settings which engine and model write documents', async () => {
    const { app, page } = suite;
    await page.goto(`${app.url}/settings`);
    await page.getByText(LABEL).waitFor();
    expect(await page.getByText(/written by a model on the OpenAI-compatible server/).count()).toBe(1);
  });

  it('runs the research phase on the model and credits it on the document', async () => {
    const { app, page, pageErrors } = suite;
    await page.goto(`${app.url}/applications/${applicationId}`);
    await page.getByRole('button', { name: /^Research: pending/ }).click();
    await page.getByRole('button', { name: /^Research: done/ }).waitFor({ timeout: 90_000 });
    await page.getByText(`Research report written by ${LABEL}.`).waitFor();
    await page.getByText(new RegExp(`by ${LABEL.replace(/[().]/g, '\\$&')} · [\\d,]+ tokens · \\$0\\.0000`)).waitFor();
    expect(mock.chatBodies.some((body) => body.model === MODEL && body.response_format?.type === 'json_schema')).toBe(
      true,
    );
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/local-model-research.png` });
    expect(pageErrors).toEqual([]);
  });
});
