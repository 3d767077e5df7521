import dc from 'node:diagnostics_channel';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server, type Socket } from 'node:net';

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** Test helper: an HTTP server on 127.0.0.1 with a free port, closed with every open socket. */
export function startHttpServer(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<LoopbackServer> {
  return listen(createServer(handler));
}

/** Test helper: a raw TCP server, for answers node:http would refuse to write (no Content-Length, no chunking). */
export function startTcpServer(handler: (socket: Socket) => void): Promise<LoopbackServer> {
  return listen(
    createTcpServer((socket) => {
      // The fetcher hanging up mid-body is what the tests provoke, not a failure of the server.
      socket.on('error', () => {});
      handler(socket);
    }),
  );
}

async function listen(server: Server): Promise<LoopbackServer> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface ConnectionAttempt {
  address: string;
  port: number;
}

/**
 * Test helper: records every outgoing TCP connection attempt of this process, so a test proves a refusal
 * happened before any socket tried to connect, and that nothing ever left the loopback interface.
 */
export function recordConnectionAttempts(): { attempts: ConnectionAttempt[]; stop(): void } {
  const attempts: ConnectionAttempt[] = [];
  const onSocket = (message: unknown) => {
    const { socket } = message as { socket: Socket };
    socket.on('connectionAttempt', (address: string, port: number) => attempts.push({ address, port }));
  };
  dc.subscribe('net.client.socket', onSocket);
  return { attempts, stop: () => dc.unsubscribe('net.client.socket', onSocket) };
}

export function isLoopback({ address }: ConnectionAttempt): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
