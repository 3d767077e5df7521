import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Database } from '@cni/db';
import type { ServerType } from '@hono/node-server';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AppConfig } from '../config.ts';
import { authorizeUpgrade, matchCollabPath, type UpgradeDecision } from './authorize-upgrade.ts';
import { defaultCollabOptions, type CollabOptions } from './collab-options.ts';
import { collabRegistryFor } from './collab-registry.ts';

const statusTexts = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error' } as const;

function refuse(socket: Duplex, status: keyof typeof statusTexts): void {
  socket.end(`HTTP/1.1 ${status} ${statusTexts[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

// A connection whose peer vanished without a close frame would hold its document open for ever.
const heartbeatMs = 30_000;

// Close codes in the application range: the client's provider reconnects and its upgrade is decided anew.
const accessChangedCode = 4403;

interface Grant {
  request: IncomingMessage;
  target: { proposalId: string; sectionId: string };
  access: Extract<UpgradeDecision, { status: 101 }>['access'];
}

/**
 * Serves `/api/proposals/:id/sections/:sectionId/collab` (the y-websocket protocol) on the server that
 * `serve()` returned. `close()` refuses new sockets, closes the open ones and stores every open document.
 */
export function attachCollab(
  server: ServerType,
  { db, config, options = {} }: { db: Database; config: AppConfig; options?: Partial<CollabOptions> },
): { close(): Promise<void> } {
  // serve() without a createServer option returns a plain node:http server, which emits 'upgrade'.
  const httpServer = server as Server;
  const registry = collabRegistryFor(db, options);
  const sockets = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes ?? defaultCollabOptions.maxPayloadBytes });
  const alive = new WeakSet<WebSocket>();
  const grants = new WeakMap<WebSocket, Grant>();
  let isClosing = false;

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const target = matchCollabPath(request.url);
    if (!target || isClosing) return refuse(socket, 404);
    socket.on('error', () => socket.destroy());
    authorizeUpgrade({ request, db, config, ...target })
      .then((decision) => {
        if (decision.status !== 101) return refuse(socket, decision.status);
        if (isClosing) return refuse(socket, 404);
        sockets.handleUpgrade(request, socket, head, (websocket) => {
          alive.add(websocket);
          grants.set(websocket, { request, target, access: decision.access });
          websocket.on('pong', () => alive.add(websocket));
          registry.connect(websocket, { sectionId: target.sectionId, isReadOnly: decision.access !== 'edit' });
        });
      })
      .catch((error: unknown) => {
        console.error('collab: upgrade failed', error);
        refuse(socket, 500);
      });
  };
  httpServer.on('upgrade', onUpgrade);

  const heartbeat = setInterval(() => {
    for (const websocket of sockets.clients) {
      if (!alive.has(websocket)) {
        websocket.terminate();
        continue;
      }
      alive.delete(websocket);
      websocket.ping();
    }
  }, heartbeatMs);
  heartbeat.unref();

  // The upgrade's decision is not forever: the same checks run again on every open socket.
  const recheck = setInterval(() => {
    for (const websocket of sockets.clients) {
      const grant = grants.get(websocket);
      if (!grant) continue;
      authorizeUpgrade({ request: grant.request, db, config, ...grant.target })
        .then((decision) => {
          if (decision.status !== 101 || decision.access !== grant.access) websocket.close(accessChangedCode, 'access changed');
        })
        .catch((error: unknown) => console.error('collab: access recheck failed', error));
    }
  }, options.recheckMs ?? defaultCollabOptions.recheckMs);
  recheck.unref();

  return {
    async close() {
      isClosing = true;
      clearInterval(heartbeat);
      clearInterval(recheck);
      httpServer.off('upgrade', onUpgrade);
      await registry.close();
      for (const websocket of sockets.clients) websocket.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
    },
  };
}
