// The peer transport: on the member's listen peer URLs, a listener that takes the Raft message
// streams other members open (stream-wire.ts) and hands every other connection to a grpc-js
// server (snapshots, and the extra services); one PeerConnection per other member dials it. The
// messages of one send() go out at once, one batch per peer.
import * as grpc from '@grpc/grpc-js';
import { createHash } from 'node:crypto';
import type { Socket } from 'node:net';
import { clusterdpb } from '../gen/etcd.js';
import type { Message, NodeId, SnapshotStatus } from '../raft/types.js';
import { listenError, listenGrpc } from '../util/grpc-listener.js';
import { DisposableStore } from '../util/lifecycle.js';
import { ClientTls, type ServerTls } from '../util/tls.js';
import { silentLogger, type Logger } from '../util/log.js';
import { fromBigInt, toBigInt, toHex, toNumber } from '../util/long.js';
import { decodeBatch } from './batch-codec.js';
import { messageFromProto, messageToProto } from './codec.js';
import { PeerConnection, type PeerConnectionSettings } from './peer-connection.js';
import {
  clusterIdHeader,
  isRemovedMemberRefusal,
  memberIdHeader,
  peerService,
  removedMemberRefusal,
  type PeerServiceImpl,
} from './peer-service.js';
import { grpcTarget, parsePeerUrl } from './peer-urls.js';
import {
  encodeAnswer,
  FrameKind,
  FrameReader,
  streamPreface,
  StreamProtocolError,
  writeFrame,
  type Frame,
} from './stream-wire.js';
import {
  chunked,
  inlineSnapshotSource,
  PeerTransportEvents,
  type PeerTransport,
  type RemovedCheck,
  type SnapshotSource,
} from './transport.js';

export interface GrpcPeerTransportOptions {
  /** This member's id. */
  id: NodeId;
  /** Peers of another cluster are refused, and refuse this one. */
  clusterId: bigint;
  /**
   * Where to serve peers (`--listen-peer-urls`): `http://host:port`, `https://host:port` (needs
   * tls.server) or `host:port`; port 0 picks one.
   */
  listenUrls: readonly string[];
  /**
   * Peer TLS: `server` terminates TLS on https listen URLs (and checks the dialers' certificates);
   * `client` is what this member dials https peer URLs with (its peer certificate). Without
   * `client`, https peers are dialed with Node's roots and no certificate.
   */
  tls?: { server?: ServerTls; client?: ClientTls };
  logger?: Logger;
  /** How long a dial, its TLS and its Hello may take. Default 2000. */
  dialTimeoutMs?: number;
  /** The first wait before redialing a peer, doubled per failure up to backoffMaxMs. Default 100. */
  backoffInitialMs?: number;
  /** Default 5000. */
  backoffMaxMs?: number;
  /** Messages queued per peer beyond which new ones are dropped. Default 4096 (as etcd). */
  maxQueuedMessages?: number;
  /** Estimated bytes per batch before the next one starts. Default 1 MiB. */
  maxBatchBytes?: number;
  /** The largest message (batch or snapshot chunk) accepted. Default 64 MiB. */
  maxReceiveMessageBytes?: number;
  /**
   * Pings on each peer's stream (and gRPC's keepalive on the snapshot channel), to notice a silent
   * peer. A stream from a peer that sent nothing for three times this long is closed.
   * Default 10000.
   */
  keepaliveMs?: number;
  /**
   * Members the cluster removed (etcd's IsIDRemoved): their streams and SendSnapshot calls are
   * refused with a status that tells them so (etcd's `410 Gone`), and their open streams end
   * that way once setPeers() follows the removal. Default: nobody.
   */
  isRemoved?: RemovedCheck;
  /**
   * Further services on the peer port, as etcd serves its member list there: a member joining an
   * existing cluster knows only its peers' peer URLs.
   */
  extraServices?: readonly {
    definition: grpc.ServiceDefinition;
    implementation: grpc.UntypedServiceImplementation;
  }[];
}

/** Counters of the traffic through one transport since it started. */
export interface PeerTransportStats {
  batchesSent: number;
  messagesSent: number;
  batchesReceived: number;
  messagesReceived: number;
  /** Messages dropped on the sending side: peer unknown, down, or its queue full. */
  messagesDropped: number;
}

export class GrpcPeerTransport extends PeerTransportEvents implements PeerTransport {
  readonly id: NodeId;
  readonly stats: PeerTransportStats = {
    batchesSent: 0,
    messagesSent: 0,
    batchesReceived: 0,
    messagesReceived: 0,
    messagesDropped: 0,
  };
  private readonly options: GrpcPeerTransportOptions;
  private readonly log: Logger;
  private readonly store = new DisposableStore();
  private readonly settings: PeerConnectionSettings;
  private readonly peers = new Map<NodeId, PeerConnection>();
  private peerUrls = new Map<NodeId, readonly string[]>();
  /** The message streams peers opened to this member, with the id each said it was. */
  private readonly inboundStreams = new Map<Socket, NodeId>();
  private readonly snapshotCalls = new Set<grpc.ClientWritableStream<clusterdpb.ISnapshotChunk>>();
  private server: grpc.Server | undefined;
  private addresses: string[] = [];
  private started = false;
  private closed = false;

  constructor(options: GrpcPeerTransportOptions) {
    const log = (options.logger ?? silentLogger).child({
      component: 'raft-transport',
      member: toHex(options.id),
    });
    super((err: unknown) => {
      log.error('raft transport listener failed', { err });
    });
    this.log = log;
    this.id = options.id;
    this.options = options;
    const keepaliveMs = options.keepaliveMs ?? 10_000;
    const clientTls = options.tls?.client;
    let defaultTls: ClientTls | undefined;
    const dialingTls = (): ClientTls => clientTls ?? (defaultTls ??= new ClientTls({}));
    this.settings = {
      credentials: (secure, host) => {
        if (!secure) return grpc.credentials.createInsecure();
        return dialingTls().credentials(host);
      },
      secureSocket: (socket, host) => dialingTls().connect(socket, host),
      localId: options.id,
      clusterId: options.clusterId,
      dialTimeoutMs: options.dialTimeoutMs ?? 2000,
      keepaliveMs,
      backoffInitialMs: options.backoffInitialMs ?? 100,
      backoffMaxMs: options.backoffMaxMs ?? 5000,
      maxQueuedMessages: options.maxQueuedMessages ?? 4096,
      maxBatchBytes: options.maxBatchBytes ?? 1 << 20,
      channelOptions: {
        // A channel of its own per dial: grpc-js's shared subchannels would impose their own
        // reconnect backoff (up to two minutes) on top of ours.
        'grpc.use_local_subchannel_pool': 1,
        'grpc.keepalive_time_ms': keepaliveMs,
        'grpc.keepalive_timeout_ms': Math.max(1000, keepaliveMs / 2),
        'grpc.keepalive_permit_without_calls': 1,
        'grpc.max_receive_message_length': options.maxReceiveMessageBytes ?? 64 << 20,
        'grpc.max_send_message_length': -1,
        'grpc.enable_channelz': 0,
      },
      logger: this.log,
      onUnreachable: (peer, droppedMessages) => {
        this.stats.messagesDropped += droppedMessages;
        this.unreachable.fire(peer);
      },
      onBatchSent: (messages) => {
        this.stats.batchesSent++;
        this.stats.messagesSent += messages;
      },
      onRemoved: (peer) => {
        if (!this.closed) this.removed.fire(peer);
      },
    };
    this.store.defer(() => {
      this.clearListeners();
    });
  }

  /** The `host:port` addresses the server is bound to, with the ports actually picked. */
  get listenAddresses(): readonly string[] {
    return this.addresses;
  }

  /** The bound ports, in the order of the listen URLs. */
  get ports(): readonly number[] {
    return this.addresses.map((a) => Number(a.slice(a.lastIndexOf(':') + 1)));
  }

  activeSince(peer: NodeId): number | undefined {
    return this.peers.get(peer)?.openSinceMs;
  }

  async start(): Promise<void> {
    if (this.started) throw new Error('raft transport already started');
    if (this.closed) throw new Error('raft transport closed');
    this.started = true;
    const server = new grpc.Server({
      'grpc.max_receive_message_length': this.options.maxReceiveMessageBytes ?? 64 << 20,
      'grpc.max_send_message_length': -1,
      'grpc.keepalive_permit_without_calls': 1,
      'grpc.enable_channelz': 0,
    });
    this.server = server;
    // Registered first so it is undone last: the peers and calls close before the server stops.
    this.store.defer(() => {
      server.forceShutdown();
    });
    server.addService(peerService, this.serviceImpl());
    for (const extra of this.options.extraServices ?? [])
      server.addService(extra.definition, extra.implementation);
    this.store.defer(() => {
      for (const socket of this.inboundStreams.keys()) socket.destroy();
      this.inboundStreams.clear();
    });
    for (const url of this.options.listenUrls) {
      const { host, port, secure } = parsePeerUrl(url);
      const tls = this.options.tls?.server;
      if (secure && tls === undefined) {
        throw new Error(
          `cannot listen on TLS for ${grpcTarget({ host, port })}: KeyFile and CertFile are not presented`,
        );
      }
      const listener = await listenGrpc(server, host, port, secure ? tls : undefined, {
        preface: streamPreface,
        accept: (socket, head) => {
          this.acceptStream(socket, head.subarray(streamPreface.length));
        },
      }).catch((err: unknown) => {
        throw listenError('peers', host, port, err);
      });
      this.store.defer(() => listener.close());
      this.addresses.push(grpcTarget({ host, port: listener.port }));
    }
    this.store.defer(() => {
      for (const call of this.snapshotCalls) call.cancel();
      this.snapshotCalls.clear();
    });
    this.store.defer(() => {
      for (const peer of this.peers.values()) peer.close();
      this.peers.clear();
    });
    this.log.info('raft transport listening', { addresses: this.addresses });
    this.applyPeers();
  }

  setPeers(peers: ReadonlyMap<NodeId, readonly string[]>): void {
    if (this.closed) return;
    this.peerUrls = new Map([...peers].filter(([id]) => id !== this.id));
    if (this.started) this.applyPeers();
  }

  send(messages: readonly Message[]): void {
    if (this.closed) return;
    let dropped: Set<NodeId> | undefined;
    const queued = new Set<PeerConnection>();
    for (const m of messages) {
      if (m.type === 'MsgSnap') {
        void this.sendDivertedSnapshot(m);
        continue;
      }
      const peer = this.peers.get(m.to);
      if (peer?.enqueue(m) === true) {
        queued.add(peer);
      } else {
        this.stats.messagesDropped++;
        (dropped ??= new Set()).add(m.to);
      }
    }
    // Written at once, not at the next turn of the event loop: one call carries a whole Ready's
    // messages already, and a leader's appends should be on their way before it writes its own.
    for (const peer of queued) peer.flush();
    if (dropped !== undefined) for (const peer of dropped) this.unreachable.fire(peer);
  }

  async sendSnapshot(message: Message, data: SnapshotSource): Promise<SnapshotStatus> {
    const client = this.closed ? undefined : this.peers.get(message.to)?.openClient;
    if (client === undefined) {
      this.log.warn('raft snapshot not sent: peer not connected', { to: toHex(message.to) });
      return 'failed';
    }
    const metadata = new grpc.Metadata();
    metadata.set(clusterIdHeader, toHex(this.options.clusterId));
    metadata.set(memberIdHeader, toHex(this.id));
    let call: grpc.ClientWritableStream<clusterdpb.ISnapshotChunk> | undefined;
    const answer = new Promise<clusterdpb.SnapshotAck>((resolve, reject) => {
      call = client.makeClientStreamRequest(
        peerService.SendSnapshot.path,
        peerService.SendSnapshot.requestSerialize,
        peerService.SendSnapshot.responseDeserialize,
        metadata,
        {},
        (err, ack) => {
          if (err !== null || ack === undefined) reject(err ?? new Error('no answer'));
          else resolve(ack);
        },
      );
    });
    // Settled whichever way the call ends, so a failure while still writing is not unhandled.
    answer.catch(() => undefined);
    const stream = call!;
    this.snapshotCalls.add(stream);
    const started = Date.now();
    const sha256 = createHash('sha256');
    let sent = 0;
    try {
      stream.write({ message: messageToProto(message) });
      for await (const piece of chunked(data())) {
        if (this.closed) throw new Error('raft transport closed');
        sent += piece.length;
        sha256.update(piece);
        if (!stream.write({ data: piece })) await drained(stream, answer);
      }
      stream.write({ end: { totalBytes: sent, sha256: sha256.digest() } });
      stream.end();
      const ack = await answer;
      this.log.info('raft snapshot sent', {
        to: toHex(message.to),
        index: message.snapshot?.metadata.index,
        bytes: toBigInt(ack.receivedBytes).toString(),
        ms: Date.now() - started,
      });
      return 'finished';
    } catch (err) {
      stream.cancel();
      this.log.warn('raft snapshot failed', { to: toHex(message.to), sent, err });
      if (isRemovedMemberRefusal(err as { code?: number; metadata?: grpc.Metadata }))
        this.removed.fire(message.to);
      return 'failed';
    } finally {
      this.snapshotCalls.delete(stream);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.store.dispose();
  }

  private async sendDivertedSnapshot(m: Message): Promise<void> {
    const status = await this.sendSnapshot(m, inlineSnapshotSource(m));
    if (!this.closed) this.snapshotStatus.fire({ peer: m.to, status });
  }

  private applyPeers(): void {
    // etcd's peers stop reading a removed member's streams; its next dial is told it was removed.
    for (const [socket, id] of this.inboundStreams) {
      if (this.options.isRemoved?.(id) !== true) continue;
      this.inboundStreams.delete(socket);
      this.log.warn('closed the stream of a removed member', { remotePeerIdFrom: toHex(id) });
      refuse(socket, removedMemberRefusal(id), id);
    }
    for (const [id, peer] of this.peers) {
      if (!this.peerUrls.has(id)) {
        peer.close();
        this.peers.delete(id);
      }
    }
    for (const [id, urls] of this.peerUrls) {
      const existing = this.peers.get(id);
      if (existing !== undefined) {
        existing.setUrls(urls);
        continue;
      }
      const peer = new PeerConnection(id, urls, this.settings);
      this.peers.set(id, peer);
      peer.start();
    }
  }

  /**
   * Serves a message stream a peer opened (its preface read; `rest` is what came after it): the
   * Hello's ids checked, then its batches delivered and its pings answered.
   */
  private acceptStream(socket: Socket, rest: Buffer): void {
    const reader = new FrameReader(this.options.maxReceiveMessageBytes ?? 64 << 20);
    let peer: NodeId | undefined;
    let helloRead = false;
    const onFrame = (frame: Frame): boolean => {
      if (!helloRead) {
        helloRead = true;
        if (frame.kind !== FrameKind.Hello) return false;
        const hello = clusterdpb.HelloRequest.decode(frame.payload);
        const theirCluster = toBigInt(hello.clusterId);
        const theirId = toBigInt(hello.memberId);
        if (theirCluster !== this.options.clusterId) {
          this.log.warn('raft peer refused: cluster ID mismatch', {
            remoteCluster: toHex(theirCluster),
            remoteMember: toHex(theirId),
          });
          refuse(socket, this.clusterMismatch(theirCluster));
          return true;
        }
        if (this.refusedAsRemoved(theirId)) {
          refuse(socket, removedMemberRefusal(theirId), theirId);
          return true;
        }
        peer = theirId;
        this.inboundStreams.set(socket, theirId);
        writeFrame(
          socket,
          FrameKind.Answer,
          encodeAnswer({
            clusterId: fromBigInt(this.options.clusterId, true),
            memberId: fromBigInt(this.id, true),
          }),
        );
        return true;
      }
      // Refused, at its Hello or since: nothing more is read.
      if (!this.inboundStreams.has(socket)) return true;
      if (frame.kind === FrameKind.Batch) this.deliver(frame.payload);
      else if (frame.kind === FrameKind.Ping) writeFrame(socket, FrameKind.Pong, frame.payload);
      else return false;
      return true;
    };
    const onData = (chunk: Buffer): void => {
      try {
        for (const frame of reader.push(chunk)) {
          if (!onFrame(frame))
            throw new StreamProtocolError(`unexpected frame (kind ${frame.kind})`);
        }
      } catch (err) {
        this.log.warn('raft peer stream closed: bad frame', {
          remoteMember: peer === undefined ? undefined : toHex(peer),
          err,
        });
        socket.destroy();
      }
    };
    socket.on('close', () => {
      this.inboundStreams.delete(socket);
    });
    // A dialer pings every keepaliveMs; one silent for three of them is gone.
    socket.setTimeout(3 * (this.options.keepaliveMs ?? 10_000), () => socket.destroy());
    socket.on('data', onData);
    onData(rest);
  }

  private serviceImpl(): PeerServiceImpl {
    return {
      SendSnapshot: (call, callback) => {
        const refusal = this.checkCaller(call.metadata);
        if (refusal !== undefined) {
          callback(refusal);
          return;
        }
        this.receiveSnapshot(call).then(
          (receivedBytes) => {
            callback(null, { receivedBytes });
          },
          (err: unknown) => {
            this.log.warn('raft snapshot refused', { err });
            callback({
              code: grpc.status.ABORTED,
              details: `clusterd: snapshot not stored: ${err instanceof Error ? err.message : String(err)}`,
            });
          },
        );
      },
    };
  }

  private deliver(batch: Uint8Array): void {
    if (this.closed) return;
    this.stats.batchesReceived++;
    let messages: Message[];
    try {
      messages = decodeBatch(batch, (err) => {
        this.log.warn('raft message dropped: cannot decode', { err });
      });
    } catch (err) {
      this.log.warn('raft message batch dropped: cannot decode', { err });
      return;
    }
    for (const m of messages) {
      if (m.to !== this.id) {
        this.log.warn('raft message dropped: not for this member', { to: toHex(m.to) });
        continue;
      }
      this.stats.messagesReceived++;
      this.messages.fire(m);
    }
  }

  /** Reads one SendSnapshot call: the MsgSnap, then the data for the snapshot handler. */
  private async receiveSnapshot(
    call: grpc.ServerReadableStream<clusterdpb.SnapshotChunk, unknown>,
  ): Promise<number> {
    const chunks = call[Symbol.asyncIterator]() as AsyncIterator<clusterdpb.SnapshotChunk>;
    const first = await chunks.next();
    const wire = first.done === true ? undefined : first.value.message;
    if (wire == null) throw new Error('the first chunk carries no message');
    const message = messageFromProto(wire);
    if (message.type !== 'MsgSnap' || message.to !== this.id) {
      throw new Error(`unexpected ${message.type} to ${toHex(message.to)}`);
    }
    const handler = this.snapshotHandler;
    if (handler === undefined) throw new Error('this member takes no snapshots now');
    let receivedBytes = 0;
    const progress = { finished: false };
    const sha256 = createHash('sha256');
    const data = async function* (): AsyncGenerator<Uint8Array> {
      for (;;) {
        const next = await chunks.next();
        if (next.done === true) break;
        const chunk = next.value;
        if (chunk.chunk === 'end' && chunk.end != null) {
          // Only the end marker, with the right size and hash, proves all the data came: a
          // cancelled call can look like a cleanly ended one.
          const expected = Buffer.from(chunk.end.sha256 ?? []);
          if (
            toNumber(chunk.end.totalBytes) !== receivedBytes ||
            !expected.equals(sha256.digest())
          ) {
            throw new Error('the snapshot data does not match its end marker');
          }
          progress.finished = true;
          continue;
        }
        if (chunk.chunk !== 'data' || chunk.data == null || progress.finished) {
          throw new Error('unexpected snapshot chunk');
        }
        receivedBytes += chunk.data.length;
        sha256.update(chunk.data);
        yield chunk.data;
      }
      if (!progress.finished || call.cancelled) {
        throw new Error('the snapshot transfer ended before its end marker');
      }
    };
    await handler(message, data());
    if (!progress.finished)
      throw new Error('the snapshot handler did not read the data to its end');
    return receivedBytes;
  }

  /** etcd's stream handler: a removed member is refused, and told so. */
  private refusedAsRemoved(id: NodeId): boolean {
    if (this.options.isRemoved?.(id) !== true) return false;
    this.log.warn('rejected stream from remote peer because it was removed', {
      localMemberId: toHex(this.id),
      remotePeerIdFrom: toHex(id),
    });
    return true;
  }

  private checkCaller(metadata: grpc.Metadata): grpc.StatusObject | undefined {
    const header = metadata.get(clusterIdHeader)[0];
    const theirCluster = typeof header === 'string' ? parseHexId(header) : undefined;
    if (theirCluster === this.options.clusterId) {
      const member = metadata.get(memberIdHeader)[0];
      const theirId = typeof member === 'string' ? parseHexId(member) : undefined;
      if (theirId !== undefined && this.refusedAsRemoved(theirId))
        return removedMemberRefusal(theirId);
      return undefined;
    }
    this.log.warn('raft peer refused: cluster ID mismatch', {
      remoteCluster: header,
      remoteMember: metadata.get(memberIdHeader)[0],
    });
    return this.clusterMismatch(theirCluster);
  }

  private clusterMismatch(theirs: bigint | undefined): grpc.StatusObject {
    return {
      code: grpc.status.FAILED_PRECONDITION,
      details:
        `clusterd: cluster ID mismatch (local ${toHex(this.options.clusterId)}, ` +
        `remote ${theirs === undefined ? 'none' : toHex(theirs)})`,
      metadata: new grpc.Metadata(),
    };
  }
}

/** Resolves when `stream` can take more writes; rejects if the call ends first. */
function drained<T>(stream: grpc.ClientWritableStream<T>, answer: Promise<unknown>): Promise<void> {
  return new Promise((resolve, reject) => {
    const onDrain = (): void => {
      resolve();
    };
    stream.once('drain', onDrain);
    answer.then(
      () => {
        stream.off('drain', onDrain);
        reject(new Error('the receiver answered before the snapshot was sent'));
      },
      (err: unknown) => {
        stream.off('drain', onDrain);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

/** Answers a stream with a refusal and ends it. */
function refuse(socket: Socket, status: grpc.StatusObject, removedMember?: NodeId): void {
  writeFrame(
    socket,
    FrameKind.Answer,
    encodeAnswer({
      refusedCode: status.code,
      refusedDetails: status.details,
      ...(removedMember !== undefined && { removedMember: fromBigInt(removedMember, true) }),
    }),
  );
  socket.end();
}

function parseHexId(text: string): bigint | undefined {
  return /^[0-9a-f]{1,16}$/i.test(text) ? BigInt('0x' + text) : undefined;
}
