// The servers of bench/put-cost.ts, one per process so that each one's CPU is its own:
//   http2        node:http2 answering every request with one fixed PutResponse: the least a
//                server on Node's own HTTP/2 pays per call (no gRPC layer, no store);
//   grpc-server  clusterd's own gRPC server (src/util/grpc-server on src/util/h2) with a Put
//                handler that answers the same fixed response: HTTP/2 plus the gRPC layer, no store;
//   store-path   one member in this process, its EtcdServer.put called directly by a closed loop
//                (no network): the store alone, from the request object to the applied answer.
// The first two print `port N` and serve until SIGTERM; store-path prints one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http2';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Agent } from '../../src/agent.js';
import { kvService } from '../../src/api/services.js';
import { etcdserverpb } from '../../src/gen/etcd.js';
import type { UnaryHandler } from '../../src/util/grpc-server/calls.js';
import { GrpcServer } from '../../src/util/grpc-server/server.js';
import { frameMessage } from '../../src/util/grpc-server/wire.js';
import { limitHeapGrowth } from '../../src/util/heap.js';
import { createLogger } from '../../src/util/log.js';
// The tests' in-process member: etcd's defaults, loopback ports the kernel chooses.
import { defaultAgentConfig } from '../../test/helpers/agent-config.js';

const fixedResponse: etcdserverpb.IPutResponse = {
  header: { clusterId: 1, memberId: 2, revision: 3, raftTerm: 4 },
};

function announce(port: number): void {
  process.stdout.write(`port ${port}\n`);
}

const okHeaders = { ':status': 200, 'content-type': 'application/grpc' };
// As clusterd's gRPC server answers: no date header (Node's types do not list sendDate yet).
const respondOptions = { waitForTrailers: true, sendDate: false };

function serveHttp2(): void {
  const body = frameMessage(etcdserverpb.PutResponse.encode(fixedResponse).finish());
  const server = createServer();
  server.on('stream', (stream) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      // Decoded as a server must, so the floor includes reading the request.
      etcdserverpb.PutRequest.decode(Buffer.concat(chunks).subarray(5));
      stream.respond(okHeaders, respondOptions);
      stream.on('wantTrailers', () => {
        stream.sendTrailers({ 'grpc-status': '0', 'grpc-message': '' });
      });
      stream.end(body);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    announce((server.address() as AddressInfo).port);
  });
  process.once('SIGTERM', () => process.exit(0));
}

function serveGrpc(): void {
  const grpc = new GrpcServer({ maxReceiveMessageBytes: 4 << 20 });
  const put: UnaryHandler<etcdserverpb.PutRequest, etcdserverpb.IPutResponse> = (call) => {
    call.respond(fixedResponse);
  };
  grpc.addService({ Put: kvService.Put }, { Put: put });
  const net = createNetServer({ noDelay: true }, (socket) => {
    socket.on('error', () => socket.destroy());
    grpc.handleConnection(socket);
  });
  net.listen(0, '127.0.0.1', () => {
    announce((net.address() as AddressInfo).port);
  });
  process.once('SIGTERM', () => {
    grpc.close();
    process.exit(0);
  });
}

/** One member's store, as `clusterd agent --no-fleet` runs it, driven from inside. */
async function storePath(puts: number, inFlight: number, keySpace: number): Promise<void> {
  limitHeapGrowth(); // as `agent` does
  const dataDir = mkdtempSync(join(tmpdir(), 'clusterd-put-cost-'));
  const agent = await Agent.start(defaultAgentConfig(dataDir), createLogger('error'));
  try {
    const value = Buffer.alloc(256, 0x61);
    const run = async (count: number): Promise<void> => {
      let next = 0;
      const loop = async (): Promise<void> => {
        while (next < count) {
          const key = Buffer.from(String(next++ % keySpace).padStart(8, '0'));
          await agent.server.put({ key, value });
        }
      };
      await Promise.all(Array.from({ length: inFlight }, loop));
    };
    await run(Math.min(puts, 5000)); // warm up
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await run(puts);
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    process.stdout.write(
      `${JSON.stringify({
        putsPerSecond: puts / seconds,
        cpuUsPerPut: (cpu.user + cpu.system) / puts,
      })}\n`,
    );
  } finally {
    await agent.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    puts: { type: 'string', default: '50000' },
    'in-flight': { type: 'string', default: '512' },
    'key-space': { type: 'string', default: '10000' },
  },
});
const mode = positionals[0];
if (mode === 'http2') serveHttp2();
else if (mode === 'grpc-server') serveGrpc();
else if (mode === 'store-path')
  await storePath(Number(values.puts), Number(values['in-flight']), Number(values['key-space']));
else throw new Error(`usage: put-cost-server.ts http2|grpc-server|store-path`);
