/** A tRPC call over plain HTTP, as any client sends one to a running server. */

export interface TrpcAnswer {
  status: number;
  /** The whole answer: `{ result }` on success, `{ error }` otherwise. */
  body: { result?: { data: { json: any } }; error?: unknown };
  /** The procedure's output (undefined when it failed). */
  data: any;
}

/** POSTs `input` in the { json } envelope to `${base}/api/trpc/${path}`, with a bearer token when given. */
export async function postTrpc(base: string, path: string, input: unknown, token?: string): Promise<TrpcAnswer> {
  const response = await fetch(`${base}/api/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ json: input }),
  });
  const body = (await response.json()) as TrpcAnswer['body'];
  return { status: response.status, body, data: body.result?.data.json };
}
