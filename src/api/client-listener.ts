// The client port: like etcd's cmux, one TCP listener carries both gRPC (HTTP/2 with prior
// knowledge) and plain HTTP/1 (/health, /version, /metrics). Each connection's first bytes decide:
// the HTTP/2 preface goes to the gRPC server (src/util/grpc-server), anything else to the HTTP
// server. The listener owns every socket it accepted and destroys them on close.
//
// With TLS (an https:// listen URL), a TLS server terminates each connection first and the same
// sniffing runs on the decrypted socket, as etcd's cmux sits behind its TLS listener; so the
// `:authority` mending front (h2-authority.ts) sees plaintext HTTP/2 either way.
import type { Server as HttpServer } from 'node:http';
import { createServer, type Server as NetServer, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import type { GrpcServer } from '../util/grpc-server/server.js';
import { sniffPreface } from '../util/sniff-preface.js';
import type { ServerTls } from '../util/tls.js';

const http2Preface = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');

/**
 * A hook that takes over an HTTP/2 connection before the gRPC server sees it (e.g. to mend
 * headers): it gets the socket, the bytes already read from it (not put back), and the function
 * that hands the socket, or a stream standing for it, to the gRPC server.
 */
export type Http2ConnectionFilter = (
  socket: Socket,
  firstBytes: Buffer,
  inject: (connection: Duplex) => void,
) => void;

export interface ClientListenerOptions {
  host: string;
  port: number;
  grpc: GrpcServer;
  http: HttpServer;
  filterHttp2?: Http2ConnectionFilter;
  /** Terminate TLS on every connection first (an https:// URL). */
  tls?: ServerTls;
}

export class ClientListener {
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: NetServer,
    private readonly grpc: GrpcServer,
    readonly port: number,
  ) {}

  static async listen(opts: ClientListenerOptions): Promise<ClientListener> {
    const server = createServer({ noDelay: true });
    const port = await new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port, opts.host, () => {
        server.off('error', reject);
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : opts.port);
      });
    });
    const listener = new ClientListener(server, opts.grpc, port);
    const terminate = opts.tls?.terminator((secure) => {
      listener.own(secure);
      listener.accept(secure, opts);
    });
    server.on('connection', (socket) => {
      listener.own(socket);
      if (terminate) terminate(socket);
      else listener.accept(socket, opts);
    });
    return listener;
  }

  private own(socket: Socket): void {
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  }

  private accept(socket: Socket, opts: ClientListenerOptions): void {
    sniffPreface(socket, http2Preface, (isHttp2, head) => {
      if (isHttp2) {
        // Node's HTTP/2 server turns away a TLS socket whose ALPN said other than h2 (or nothing),
        // as for HTTP/1; the preface already said HTTP/2.
        if ('encrypted' in socket) (socket as TLSSocket).alpnProtocol = 'h2';
        if (opts.filterHttp2) {
          opts.filterHttp2(socket, head, (connection) => {
            this.grpc.handleConnection(connection);
          });
          return;
        }
        // Stay paused: the HTTP/2 session reads the unshifted bytes itself on its next tick, and
        // resuming here would let them flow out to no listener.
        socket.pause();
        socket.unshift(head);
        this.grpc.handleConnection(socket);
      } else {
        socket.pause();
        socket.unshift(head);
        opts.http.emit('connection', socket);
        socket.resume();
      }
    });
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) =>
      this.server.close(() => {
        resolve();
      }),
    );
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }
}
