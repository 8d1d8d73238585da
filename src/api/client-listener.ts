// The client port: like etcd's cmux, one TCP listener carries both gRPC (HTTP/2 with prior
// knowledge) and plain HTTP/1 (/health, /version, /metrics). Each connection's first bytes decide:
// the HTTP/2 preface goes to the gRPC server (src/util/grpc-server), anything else to the HTTP
// server. The listener owns every socket it accepted and destroys them on close.
//
// With TLS (an https:// listen URL), a TLS server terminates each connection first and the same
// sniffing runs on the decrypted socket, as etcd's cmux sits behind its TLS listener.
import type { Server as HttpServer } from 'node:http';
import { createServer, type Server as NetServer, type Socket } from 'node:net';
import type { GrpcServer } from '../util/grpc-server/server.js';
import { sniffPreface } from '../util/sniff-preface.js';
import type { ServerTls } from '../util/tls.js';

const http2Preface = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');

export interface ClientListenerOptions {
  host: string;
  port: number;
  grpc: GrpcServer;
  http: HttpServer;
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
        this.grpc.handleConnection(socket, head);
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
