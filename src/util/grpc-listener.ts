// A TCP listener that hands its connections to a grpc-js server through a connection injector and
// owns every socket it accepted: close() destroys them all. A grpc-js server bound by bindAsync
// destroys the HTTP/2 sessions it knows of at forceShutdown, but a connection accepted while it
// shuts down could outlive it and keep a stopped process running (seen with the peer port).
// With TLS (https:// peer URLs) each connection is decrypted first (ServerTls, which also applies
// etcd's certificate checks) and grpc-js gets the plaintext socket. A connection that opens with
// another protocol's preface (the peer port's Raft message stream) can be diverted from grpc-js.
import { type Server as GrpcServer, ServerCredentials } from '@grpc/grpc-js';
import { createServer, type Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { sniffPreface } from './sniff-preface.js';
import type { ServerTls } from './tls.js';

export interface GrpcListener {
  readonly port: number;
  close(): Promise<void>;
}

/** Connections that open with `preface` go to `accept` (with the bytes read), not to grpc-js. */
export interface ConnectionDivert {
  readonly preface: Buffer;
  accept(socket: Socket, head: Buffer): void;
}

export async function listenGrpc(
  grpc: GrpcServer,
  host: string,
  port: number,
  tls?: ServerTls,
  divert?: ConnectionDivert,
): Promise<GrpcListener> {
  const injector = grpc.createConnectionInjector(ServerCredentials.createInsecure());
  const sockets = new Set<Socket>();
  let closed = false;
  const own = (socket: Socket): boolean => {
    if (closed) {
      socket.destroy();
      return false;
    }
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    return true;
  };
  const route = (socket: Socket): void => {
    if (divert === undefined) {
      injector.injectConnection(socket);
      return;
    }
    sniffPreface(socket, divert.preface, (diverted, head) => {
      if (diverted) {
        divert.accept(socket, head);
        return;
      }
      // Paused: the HTTP/2 session reads the unshifted bytes itself on its next tick.
      socket.pause();
      socket.unshift(head);
      injector.injectConnection(socket);
    });
  };
  const terminate = tls?.terminator((secure: TLSSocket) => {
    if (!own(secure)) return;
    // Node's HTTP/2 server refuses a TLS socket that did not negotiate h2 by ALPN.
    secure.alpnProtocol = 'h2';
    route(secure);
  });
  const server = createServer({ noDelay: true }, (socket) => {
    if (!own(socket)) return;
    if (terminate) terminate(socket);
    else route(socket);
  });
  const bound = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
  return {
    port: bound,
    close: async () => {
      closed = true;
      const done = new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      injector.destroy();
      for (const socket of sockets) socket.destroy();
      await done;
    },
  };
}

/** "cannot listen for peers on 127.0.0.1:2380: address already in use", from Node's error. */
export function listenError(what: string, host: string, port: number, err: unknown): Error {
  const reason = err instanceof Error ? err.message : String(err);
  // Node says "listen EADDRINUSE: address already in use 127.0.0.1:2380"; keep the middle.
  const plain = reason.replace(/^listen E[A-Z]+: /, '').replace(/ \S+:\d+$/, '');
  return new Error(`cannot listen for ${what} on ${host}:${port}: ${plain}`, { cause: err });
}
