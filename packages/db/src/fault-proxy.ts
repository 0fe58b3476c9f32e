/**
 * A TCP proxy in front of the test server that can go silent: sockets stay open but no byte moves,
 * as when a network path fails without resetting anything. Only loopback addresses are involved.
 */
import net from 'node:net';

export interface FaultProxy {
  /** The server URL rewritten to go through the proxy. */
  url: string;
  /** Stop forwarding in both directions (connections stay open, new ones are accepted and ignored). */
  silence(): void;
  /** Forward again; bytes held back while silent or held are delivered. */
  restore(): void;
  /**
   * Connections opened from now on get the server's start-up answer, then nothing more from the
   * server until restore(): a client caught between connecting and its first answer.
   */
  holdNewConnectionsAfterStartup(): void;
  close(): Promise<void>;
}

export async function startFaultProxy(serverUrl: string): Promise<FaultProxy> {
  const target = new URL(serverUrl);
  const host = target.hostname || '127.0.0.1';
  const port = Number(target.port || 5432);
  let silent = false;
  let holdAfterStartup = false;
  const held: Array<{ to: net.Socket; chunk: Buffer }> = [];
  const sockets = new Set<net.Socket>();

  const forward = (from: net.Socket, to: net.Socket) =>
    from.on('data', (chunk: Buffer) => {
      if (silent) held.push({ to, chunk });
      else to.write(chunk);
    });

  /**
   * Passes the server's messages up to and including its first ReadyForQuery (the end of start-up),
   * then holds what follows for as long as new connections are held.
   */
  const forwardStartupThenHold = (from: net.Socket, to: net.Socket) => {
    let pending = Buffer.alloc(0);
    let started = false;
    from.on('data', (chunk: Buffer) => {
      if (started) {
        if (holdAfterStartup) held.push({ to, chunk });
        else to.write(chunk);
        return;
      }
      pending = Buffer.concat([pending, chunk]);
      let offset = 0;
      while (!started && offset + 5 <= pending.length) {
        const end = offset + 1 + pending.readInt32BE(offset + 1);
        if (end > pending.length) break;
        started = pending[offset] === 0x5a; // 'Z', ReadyForQuery
        offset = end;
      }
      to.write(pending.subarray(0, offset));
      pending = pending.subarray(offset);
      if (started && pending.length > 0) held.push({ to, chunk: pending });
    });
  };

  const server = net.createServer((client) => {
    const upstream = net.connect(port, host);
    sockets.add(client).add(upstream);
    forward(client, upstream);
    if (holdAfterStartup) forwardStartupThenHold(upstream, client);
    else forward(upstream, client);
    const end = () => {
      sockets.delete(client);
      sockets.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  const url = new URL(serverUrl);
  url.hostname = '127.0.0.1';
  url.port = String(address.port);

  return {
    url: url.toString(),
    silence() {
      silent = true;
    },
    restore() {
      silent = false;
      holdAfterStartup = false;
      for (const { to, chunk } of held.splice(0)) if (!to.destroyed) to.write(chunk);
    },
    holdNewConnectionsAfterStartup() {
      holdAfterStartup = true;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
