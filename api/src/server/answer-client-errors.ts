import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Http2SecureServer, Http2Server } from 'node:http2';
import type { Duplex } from 'node:stream';

/**
 * Requests Node's HTTP parser refuses never reach the app: a head over 16 KB (a long query string, say) gets
 * a bare 431 without a body, anything malformed a bare 400. Those answers get the API's error shape too.
 */
export function answerClientErrors(server: Server | Http2Server | Http2SecureServer): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
    const body = JSON.stringify({
      error: tooLarge
        ? { code: 'request_too_large', message: 'The address or headers of this request are too long (over 16 KB).', requestId: randomUUID() }
        : { code: 'bad_request', message: 'This request is not valid HTTP.', requestId: randomUUID() },
    });
    socket.end(
      `HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
