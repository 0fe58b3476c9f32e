import type { Page } from 'playwright-core';

/** Calls a procedure over HTTP as the page's signed-in user (its cookies), for setting up a browser test. */
export async function callTrpc(page: Page, baseUrl: string, procedure: string, input: unknown) {
  const response = await page.request.post(`${baseUrl}/api/trpc/${procedure}`, {
    data: { json: input },
    headers: { origin: baseUrl, 'content-type': 'application/json' },
  });
  const body = await response.json();
  if (!response.ok()) throw new Error(`${procedure}: ${JSON.stringify(body)}`);
  return body.result.data.json;
}
