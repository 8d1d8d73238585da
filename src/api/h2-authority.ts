// A connection-level front for the gRPC client port that makes Node's HTTP/2 server accept
// `:authority: http://host:port`, the value etcdctl/clientv3 3.4 sends on per-endpoint calls
// (endpoint status/hashkv with http:// endpoints, defrag, snapshot, every `--cluster` variant).
//
// The problem (docs reference etcd.md §1.5): nghttp2, inside Node, validates `:authority` and `host`
// on server sessions as part of its "HTTP messaging" checks and answers a value containing `/` with
// RST_STREAM PROTOCOL_ERROR before Node or the gRPC server see the stream. Only
// nghttp2_option_set_no_http_messaging() turns that off.
//
// Alternatives checked first (Node 20.20, @grpc/grpc-js 1.14.7):
// - Node http2 options: lib/internal/http2/util.js updateOptionsBuffer() passes only
//   maxDeflateDynamicTableSize, maxReservedRemoteStreams, maxSendHeaderBlockLength,
//   peerMaxConcurrentStreams, paddingStrategy, maxHeaderListPairs, maxOutstandingPings,
//   maxOutstandingSettings, maxSessionMemory and maxSettings to nghttp2 (IDX_OPTIONS_*); none maps
//   to no_http_messaging or to the authority check.
// - grpc-js server options: createHttp2Server() sets only maxSendHeaderBlockLength,
//   maxSessionMemory and settings.maxConcurrentStreams (plus TLS options); nothing reaches
//   nghttp2's header checks.
// - A separate HTTP/2 proxy in front (a non-nghttp2 implementation): a second process or a second
//   full HTTP/2 stack, much heavier than rewriting one header.
// So: rewrite the client→server bytes before nghttp2 parses them, on the connections that need it.
//
// Which connections need it: clientv3 3.4 gives each connection one authority, so the first header
// block decides for the whole connection. The front reads the connection's opening before any
// HTTP/2 session exists (ConnectionOpening) and, if the first block's `:authority` and `host` are
// valid, hands the socket itself to the HTTP/2 server with the bytes read put back (unshift): the
// session then runs on the native socket and the front costs nothing more. Only otherwise does the
// connection go through the rewriter below, for its whole life.
// - A client may wait for the server's SETTINGS before it sends any request (grpc-go, so etcdctl,
//   does), and the server's session cannot start before the decision: a running session cannot move
//   from the rewriting stream to the native socket. So the front itself sends the server connection
//   preface at once, an empty SETTINGS frame (every setting at its initial value, which the
//   session's own SETTINGS then changes as on any connection), and takes the client's
//   acknowledgement of it out of the bytes it passes on, since nghttp2 treats an ACK of SETTINGS
//   it never sent as a connection error. The decision waits for both the first header block and
//   that ACK (a client must acknowledge SETTINGS at once, RFC 9113 §6.5.3): one round trip at
//   connection start for clients that do not wait. PINGs arriving meanwhile are answered by the
//   front and not passed on.
// - A frame that cannot come before a first request (DATA, RST_STREAM, GOAWAY, …) ends the wait:
//   the connection goes to the server as it is, whose nghttp2 then judges it.
//
// How the rewriter works:
// - The socket is wrapped in a Duplex (AuthorityFixStream) whose readable side is the socket's
//   bytes passed through ClientStreamRewriter and whose writable side writes straight to the
//   socket. The Duplex is handed to the client port's gRPC server (src/util/grpc-server), which
//   emits 'connection' on its own node:http2 server: no second TCP hop, and the gRPC server owns
//   the session (so its close() also covers these sessions). Node runs an HTTP/2 session over a non-native stream through its JSStreamSocket
//   adapter; that adapter is the main cost of this path (bench/authority-front.ts measures it).
// - ClientStreamRewriter checks the 24-byte preface (anything else, e.g. HTTP/1, is passed through
//   untouched for the rest of the connection), then walks the frame headers. Every frame other
//   than HEADERS/CONTINUATION is passed through as a slice of the input chunk, without copying;
//   when a chunk holds no header block, the chunk itself is forwarded (a frame header split
//   across two chunks costs a 9-octet copy). Measured: about 40 ns per frame, ~3 GB/s. A HEADERS frame and its
//   CONTINUATION frames (which RFC 9113 §6.10 requires to be contiguous) are collected, the header
//   block is decoded with HPACK, and if a literal `:authority` or `host` value is not a valid
//   authority (e.g. has a scheme), the value is re-encoded without the scheme and the block is
//   re-framed: one HEADERS frame (plus CONTINUATIONs if above 16384 octets), PRIORITY fields kept,
//   padding dropped (padding is per hop), the END_STREAM flag and stream id kept.
//
// HPACK consistency. The client's encoder and the server's decoder must agree on the dynamic table.
// This front never changes how a field is represented: an indexed field stays the same index, a
// literal keeps its kind (incremental / without indexing / never indexed) and its name encoding;
// only the value octets of a rewritten literal change. So the server adds exactly the entries the
// client added, in the same order, and the only difference is that a rewritten entry's value is
// shorter. Dynamic-table indexes count from the newest entry, so the two tables agree on every
// index as long as the server's table still holds every entry the client's still holds. It does:
// each server entry is at most as large as the matching client entry, and both sides use the same
// maximum size (size updates are passed through verbatim), so whenever the client's newest k
// entries fit, the server's newest k entries fit too; the server evicts later, never earlier. An
// entry larger than the whole table empties the client's table; the server may keep a smaller
// version, which again only leaves extra old entries the client can no longer refer to.
// The decoder below (HpackDecoder) therefore mirrors the *server's* table (rewritten values,
// server-side sizes) and decodes each client reference against it: for every index the client may
// legally use, that gives the same field the server will see. Because the table holds rewritten
// values, an indexed reference to an earlier `:authority` needs no change at all.
// SETTINGS_HEADER_TABLE_SIZE: the server's value (Node's default 4096, the protocol's initial value)
// bounds the client's encoder, which must announce any change with a size update inside a header
// block (RFC 7541 §4.2); those updates are applied here. The client's own SETTINGS_HEADER_TABLE_SIZE
// governs the server→client direction, which is not touched.
// If a block cannot be decoded, it is passed through unchanged (nghttp2 will then reject it) and
// the connection continues in pass-through mode, since the mirror can no longer be trusted.
//
// Limits:
// - A connection whose first request carries a valid authority runs natively; a later request on
//   it with a scheme-prefixed authority is refused by nghttp2 as without the front. clientv3 keeps
//   one authority per connection, so this does not happen with etcdctl.
// - Only the client→server direction is rewritten. A header block larger than MAX_HEADER_BLOCK is
//   passed through and ends rewriting on that connection; an opening that large is refused.
// - TLS: the front must see plaintext. On an https:// client URL the ClientListener terminates
//   TLS first (src/util/tls.ts) and hands the decrypted TLSSocket to this front like a plain one,
//   as etcd's cmux sits behind its TLS listener; the gRPC server gets plaintext either way, and
//   the native path hands it the TLSSocket itself.
// - A mended connection carries no client certificate as far as the gRPC server can see (its
//   socket is the adapter): --client-cert-auth's common name needs the native path, or a token.
import net from 'node:net';
import { Duplex } from 'node:stream';
import { HpackDecoder, HpackError } from './h2-hpack.js';

const PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');
const FRAME_HEADER = 9;
const TYPE_HEADERS = 0x1;
const TYPE_PRIORITY = 0x2;
const TYPE_SETTINGS = 0x4;
const TYPE_PING = 0x6;
const TYPE_WINDOW_UPDATE = 0x8;
const TYPE_CONTINUATION = 0x9;
const FLAG_ACK = 0x1;
const FLAG_END_HEADERS = 0x4;
const FLAG_PADDED = 0x8;
const FLAG_PRIORITY = 0x20;
/** Every HTTP/2 peer accepts frames of this size (SETTINGS_MAX_FRAME_SIZE's minimum and default). */
const MAX_FRAME = 16384;
/** Header blocks above this are not rewritten (nghttp2's own header-list limits are far lower). */
const MAX_HEADER_BLOCK = 1 << 20;

/**
 * Characters nghttp2_check_authority() accepts: RFC 3986 unreserved, sub-delims, ":", "@",
 * "[", "]" and "%" (percent-encoding).
 */
const AUTHORITY_OK = /^[A-Za-z0-9\-._~!$&'()*+,;=:@[\]%]*$/;
const SCHEME_PREFIX = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/;
const EMBEDDED_URL = /[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#\]\s,;]+)/;

/**
 * Returns an acceptable replacement for an `:authority`/`host` value nghttp2 would reject, or null
 * if the value is fine. `http://127.0.0.1:2379` (clientv3 3.4) becomes `127.0.0.1:2379`;
 * `#initially=[https://h:2379;...]` (clientv3 3.5.0, etcd issue #13192) becomes `h:2379`.
 */
export function fixAuthority(value: string): string | null {
  if (AUTHORITY_OK.test(value)) return null;
  const m = SCHEME_PREFIX.exec(value) ?? EMBEDDED_URL.exec(value);
  let fixed = m?.[1] ?? value;
  if (!AUTHORITY_OK.test(fixed)) fixed = fixed.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@[\]%]/g, '');
  return fixed === '' ? 'localhost' : fixed;
}

function rewriteField(name: string, value: string): string | null {
  return name === ':authority' || name === 'host' ? fixAuthority(value) : null;
}

/**
 * Rewrites the client→server byte stream of one HTTP/2 connection. Pure: feed chunks to
 * transform(), forward what it returns, in order.
 */
export class ClientStreamRewriter {
  private prefaceSeen = 0;
  private passthrough = false;
  /** Payload octets of the current pass-through frame still to come. */
  private skip = 0;
  /** Unconsumed bytes: a partial frame header, or an incomplete header block. */
  private pending: Buffer | null = null;
  private readonly hpack = new HpackDecoder();
  /** Number of header blocks rewritten so far (for tests and diagnostics). */
  rewrites = 0;

  transform(chunk: Buffer): Buffer[] {
    if (this.passthrough && this.pending === null) return [chunk];
    const out: Buffer[] = [];
    let buf = chunk;
    let pos = 0;
    const held = this.pending;
    if (held !== null) {
      this.pending = null;
      const need = FRAME_HEADER - held.length;
      if (need > 0 && chunk.length >= need && this.frameType(held, chunk) !== TYPE_HEADERS) {
        // A frame header split across chunks, of a frame we pass through: emit the held part,
        // then continue inside this chunk without copying it.
        const header = Buffer.concat([held, chunk.subarray(0, need)]);
        out.push(held);
        this.skip = header.readUIntBE(0, 3);
        pos = need;
      } else {
        buf = Buffer.concat([held, chunk]); // an incomplete header block: rare and small
      }
    }
    let emitFrom = 0;
    while (pos < buf.length && !this.passthrough) {
      if (this.prefaceSeen < PREFACE.length) {
        const n = Math.min(PREFACE.length - this.prefaceSeen, buf.length - pos);
        if (
          !buf
            .subarray(pos, pos + n)
            .equals(PREFACE.subarray(this.prefaceSeen, this.prefaceSeen + n))
        ) {
          this.passthrough = true; // not HTTP/2 with prior knowledge: leave it alone
          break;
        }
        this.prefaceSeen += n;
        pos += n;
        continue;
      }
      if (this.skip > 0) {
        const n = Math.min(this.skip, buf.length - pos);
        this.skip -= n;
        pos += n;
        continue;
      }
      if (buf.length - pos < FRAME_HEADER) {
        this.hold(out, buf, emitFrom, pos);
        return out;
      }
      const type = buf[pos + 3]!;
      if (type !== TYPE_HEADERS) {
        // Anything else, including a stray CONTINUATION (a protocol error nghttp2 will report).
        this.skip = buf.readUIntBE(pos, 3);
        pos += FRAME_HEADER;
        continue;
      }
      const end = blockEnd(buf, pos);
      if (end === 'bad') {
        this.passthrough = true; // nghttp2 will reject the framing; stop interpreting it
        break;
      }
      if (end === 'incomplete') {
        if (buf.length - pos > MAX_HEADER_BLOCK) {
          this.passthrough = true;
          break;
        }
        this.hold(out, buf, emitFrom, pos);
        return out;
      }
      const replacement = this.rewriteBlock(buf.subarray(pos, end));
      if (replacement !== null) {
        if (pos > emitFrom) out.push(buf.subarray(emitFrom, pos));
        out.push(replacement);
        emitFrom = end;
      }
      pos = end;
    }
    if (emitFrom < buf.length) out.push(emitFrom === 0 ? buf : buf.subarray(emitFrom));
    return out;
  }

  /** The type octet of a frame header whose first bytes are `held` and the rest in `chunk`. */
  private frameType(held: Buffer, chunk: Buffer): number {
    return held.length > 3 ? held[3]! : chunk[3 - held.length]!;
  }

  /** Emits [emitFrom, pos) and keeps [pos, end) for the next chunk. */
  private hold(out: Buffer[], buf: Buffer, emitFrom: number, pos: number): void {
    if (pos > emitFrom) out.push(buf.subarray(emitFrom, pos));
    // Copy: the rest of `buf` may be a large chunk we do not want to keep alive.
    this.pending = Buffer.from(buf.subarray(pos));
  }

  /** Takes complete HEADERS(+CONTINUATION) frames; returns replacement frames or null. */
  private rewriteBlock(frames: Buffer): Buffer | null {
    const first = parseHeaders(frames);
    if (first === null) {
      this.passthrough = true;
      return null;
    }
    let result;
    try {
      result = this.hpack.decode(first.block, rewriteField);
    } catch (err) {
      if (!(err instanceof HpackError)) throw err;
      this.passthrough = true; // the mirror of the server's table is now unknown
      return null;
    }
    if (result.rewritten === null) return null;
    this.rewrites++;
    return frameBlock(first.streamId, first.flags, first.priority, result.rewritten);
  }
}

/**
 * Given a HEADERS frame at `pos`, returns the offset just past the frame carrying END_HEADERS,
 * 'incomplete' if `buf` ends first, or 'bad' if a non-CONTINUATION frame interrupts the block.
 */
function blockEnd(buf: Buffer, pos: number): number | 'incomplete' | 'bad' {
  let at = pos;
  for (;;) {
    if (buf.length - at < FRAME_HEADER) return 'incomplete';
    const len = buf.readUIntBE(at, 3);
    const type = buf[at + 3]!;
    const flags = buf[at + 4]!;
    if (at !== pos && type !== TYPE_CONTINUATION) return 'bad';
    at += FRAME_HEADER + len;
    if (at > buf.length) return 'incomplete';
    if (flags & FLAG_END_HEADERS) return at;
  }
}

interface HeadersFrame {
  streamId: number;
  flags: number;
  priority: Buffer | null;
  block: Buffer;
}

/** Splits complete HEADERS(+CONTINUATION) frames into their fields; null if malformed. */
function parseHeaders(frames: Buffer): HeadersFrame | null {
  const len = frames.readUIntBE(0, 3);
  const flags = frames[4]!;
  const streamId = frames.readUInt32BE(5) & 0x7fffffff;
  let start = FRAME_HEADER;
  let end = FRAME_HEADER + len;
  let padding = 0;
  if (flags & FLAG_PADDED) {
    if (len < 1) return null;
    padding = frames[start]!;
    start += 1;
  }
  let priority: Buffer | null = null;
  if (flags & FLAG_PRIORITY) {
    priority = frames.subarray(start, start + 5);
    start += 5;
  }
  end -= padding;
  if (start > end) return null;
  const fragments = [frames.subarray(start, end)];
  for (let at = FRAME_HEADER + len; at < frames.length;) {
    const clen = frames.readUIntBE(at, 3);
    fragments.push(frames.subarray(at + FRAME_HEADER, at + FRAME_HEADER + clen));
    at += FRAME_HEADER + clen;
  }
  const block = fragments.length === 1 ? fragments[0]! : Buffer.concat(fragments);
  return { streamId, flags, priority, block };
}

/** Frames a header block as HEADERS (+CONTINUATION), keeping END_STREAM and PRIORITY. */
function frameBlock(
  streamId: number,
  flags: number,
  priority: Buffer | null,
  block: Buffer,
): Buffer {
  const parts: Buffer[] = [];
  const firstRoom = MAX_FRAME - (priority === null ? 0 : 5);
  let at = 0;
  let first = true;
  do {
    const room = first ? firstRoom : MAX_FRAME;
    const fragment = block.subarray(at, at + room);
    at += fragment.length;
    const last = at >= block.length;
    const header = Buffer.alloc(FRAME_HEADER);
    const payloadLen = fragment.length + (first && priority !== null ? 5 : 0);
    header.writeUIntBE(payloadLen, 0, 3);
    if (first) {
      header[3] = TYPE_HEADERS;
      header[4] = (flags & ~(FLAG_PADDED | FLAG_END_HEADERS)) | (last ? FLAG_END_HEADERS : 0);
    } else {
      header[3] = TYPE_CONTINUATION;
      header[4] = last ? FLAG_END_HEADERS : 0;
    }
    header.writeUInt32BE(streamId, 5);
    parts.push(header);
    if (first && priority !== null) parts.push(priority);
    parts.push(fragment);
    first = false;
  } while (at < block.length);
  return Buffer.concat(parts);
}

/**
 * The socket as the gRPC server's http2 session sees it: reads are the rewritten client bytes, writes go
 * straight to the socket. Backpressure is passed both ways.
 */
export class AuthorityFixStream extends Duplex {
  private readonly rewriter = new ClientStreamRewriter();
  private writeCallback: ((err?: Error | null) => void) | null = null;

  constructor(readonly socket: net.Socket) {
    super({ allowHalfOpen: false });
    socket.on('data', (chunk: Buffer) => {
      let more = true;
      for (const piece of this.rewriter.transform(chunk)) more = this.push(piece) && more;
      if (!more) socket.pause();
    });
    socket.on('end', () => this.push(null));
    socket.on('drain', () => {
      const cb = this.writeCallback;
      this.writeCallback = null;
      cb?.();
    });
    socket.on('error', (err) => this.destroy(err));
    socket.on('close', () => this.destroy());
  }

  get rewrites(): number {
    return this.rewriter.rewrites;
  }

  // The client's address for the gRPC server (a call's peer); Node's adapter reads it from here.
  get remoteAddress(): string | undefined {
    return this.socket.remoteAddress;
  }
  get remotePort(): number | undefined {
    return this.socket.remotePort;
  }
  get remoteFamily(): string | undefined {
    return this.socket.remoteFamily;
  }
  get localAddress(): string | undefined {
    return this.socket.localAddress;
  }
  get localPort(): number | undefined {
    return this.socket.localPort;
  }

  override _read(): void {
    this.socket.resume();
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    if (this.socket.write(chunk)) cb();
    else this.writeCallback = cb;
  }

  override _writev(
    chunks: { chunk: Buffer; encoding: BufferEncoding }[],
    cb: (err?: Error | null) => void,
  ): void {
    this.socket.cork();
    let ok = true;
    for (const { chunk } of chunks) ok = this.socket.write(chunk);
    this.socket.uncork();
    if (ok) cb();
    else this.writeCallback = cb;
  }

  override _final(cb: (err?: Error | null) => void): void {
    this.socket.end(cb);
  }

  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    this.socket.destroy();
    const pending = this.writeCallback;
    this.writeCallback = null;
    pending?.(err ?? new Error('socket closed'));
    cb(err);
  }
}

/** The server connection preface the front sends for the session: SETTINGS, every value initial. */
export const FRONT_SETTINGS = Buffer.from([0, 0, 0, TYPE_SETTINGS, 0, 0, 0, 0, 0]);

/**
 * What ConnectionOpening.push decided: wait for more bytes; give the connection to the server on
 * its own socket (`native`) or through the rewriter (`mend`), either way starting with `forward`;
 * or drop it (`refuse`). `replies` are to be written to the client now (PING acknowledgements).
 */
export interface OpeningStep {
  decision: 'pending' | 'native' | 'mend' | 'refuse';
  forward: Buffer;
  replies: Buffer[];
}

/**
 * The opening of one client connection up to the decision between the native socket and the
 * rewriter (see the top of this file): the preface and the frames until both the first header
 * block is complete and the client has acknowledged FRONT_SETTINGS. Pure: feed it the bytes read.
 */
export class ConnectionOpening {
  /** Bytes read and not yet parsed. */
  private unread: Buffer = Buffer.alloc(0);
  /** What the server will be given: everything but the ACK and the PINGs the front answered. */
  private readonly forward: Buffer[] = [];
  private prefaceChecked = false;
  private acknowledged = false;
  /** The first header block's verdict, once complete. */
  private firstBlock: 'valid' | 'mend' | null = null;
  private decided: OpeningStep | null = null;

  push(chunk: Buffer): OpeningStep {
    if (this.decided !== null) throw new Error('the opening is already decided');
    const replies: Buffer[] = [];
    const decide = (decision: OpeningStep['decision']): OpeningStep => {
      this.forward.push(this.unread);
      this.decided = { decision, forward: Buffer.concat(this.forward), replies };
      return this.decided;
    };
    this.unread = this.unread.length === 0 ? chunk : Buffer.concat([this.unread, chunk]);
    if (!this.prefaceChecked) {
      const n = Math.min(this.unread.length, PREFACE.length);
      // ClientListener sends only HTTP/2 here; anything else goes through untouched.
      if (!this.unread.subarray(0, n).equals(PREFACE.subarray(0, n))) return decide('native');
      if (n < PREFACE.length) return { decision: 'pending', forward: EMPTY, replies };
      this.take(PREFACE.length, true);
      this.prefaceChecked = true;
    }
    while (this.unread.length >= FRAME_HEADER) {
      const length = this.unread.readUIntBE(0, 3);
      const type = this.unread[3]!;
      const flags = this.unread[4]!;
      if (type === TYPE_HEADERS && this.firstBlock === null) {
        const end = blockEnd(this.unread, 0);
        if (end === 'incomplete') {
          if (this.unread.length > MAX_HEADER_BLOCK) return decide('refuse');
          break;
        }
        if (end === 'bad') return decide('native'); // nghttp2 will refuse the framing
        this.firstBlock = needsMending(this.unread.subarray(0, end)) ? 'mend' : 'valid';
        this.take(end, true);
      } else {
        if (this.unread.length < FRAME_HEADER + length) break;
        if (type === TYPE_SETTINGS && flags & FLAG_ACK && !this.acknowledged) {
          this.acknowledged = true; // the ACK of FRONT_SETTINGS: the session never sent it
          this.take(FRAME_HEADER + length, false);
        } else if (type === TYPE_PING && !(flags & FLAG_ACK) && length === 8) {
          const ping = this.unread.subarray(0, FRAME_HEADER + length);
          const ack = Buffer.from(ping);
          ack[4] = FLAG_ACK;
          replies.push(ack);
          this.take(FRAME_HEADER + length, false);
        } else if (
          this.firstBlock !== null ||
          type === TYPE_SETTINGS ||
          type === TYPE_WINDOW_UPDATE ||
          type === TYPE_PRIORITY ||
          type > TYPE_CONTINUATION // extension frames, which an endpoint ignores
        ) {
          this.take(FRAME_HEADER + length, true);
        } else {
          // DATA, RST_STREAM, PUSH_PROMISE, GOAWAY or a stray CONTINUATION before any request:
          // nothing to wait for; the server's nghttp2 judges the connection.
          return decide('native');
        }
      }
      if (this.firstBlock !== null && this.acknowledged) {
        return decide(this.firstBlock === 'mend' ? 'mend' : 'native');
      }
    }
    if (this.unread.length + this.forward.reduce((n, b) => n + b.length, 0) > MAX_OPENING) {
      return decide('refuse');
    }
    return { decision: 'pending', forward: EMPTY, replies };
  }

  /** Moves the first `n` unread octets to `forward`, or drops them. */
  private take(n: number, keep: boolean): void {
    if (keep) this.forward.push(this.unread.subarray(0, n));
    this.unread = this.unread.subarray(n);
  }
}

const EMPTY = Buffer.alloc(0);
/** A client's opening larger than this (a first request's headers, settings, pings) is refused. */
const MAX_OPENING = MAX_HEADER_BLOCK + 64 * 1024;

/** Whether a complete first header block has an `:authority` or `host` nghttp2 would refuse. */
function needsMending(frames: Buffer): boolean {
  const first = parseHeaders(frames);
  if (first === null) return false;
  let mend = false;
  try {
    // A fresh decoder: this is the connection's first block. Decoding only: nothing is rewritten.
    new HpackDecoder().decode(first.block, (name, value) => {
      if (rewriteField(name, value) !== null) mend = true;
      return null;
    });
  } catch (err) {
    if (!(err instanceof HpackError)) throw err;
    return false; // nghttp2 will refuse the block either way
  }
  return mend;
}

/** Connects a decided connection to the HTTP/2 server (the client port's gRPC server). */
export type InjectConnection = (connection: Duplex) => void;

/**
 * The ClientListener hook: sends FRONT_SETTINGS, reads the connection's opening (`head` holds the
 * bytes ClientListener already read), then gives the HTTP/2 server the socket itself, or, for a
 * first request with a scheme-prefixed authority, the rewriting stream.
 */
export function authorityFixFilter(
  socket: net.Socket,
  head: Buffer,
  inject: InjectConnection,
): void {
  const opening = new ConnectionOpening();
  const onEnd = (): void => {
    socket.destroy(); // closed before its first request: nothing to serve
  };
  const onData = (chunk: Buffer): void => {
    const step = opening.push(chunk);
    for (const reply of step.replies) socket.write(reply);
    if (step.decision === 'pending') return;
    socket.off('data', onData);
    socket.off('end', onEnd);
    if (step.decision === 'refuse') {
      socket.destroy();
      return;
    }
    // Stay paused: the HTTP/2 session (or the rewriting stream) reads the bytes put back itself.
    socket.pause();
    socket.unshift(step.forward);
    if (socket.destroyed) return;
    if (step.decision === 'native') {
      inject(socket);
      return;
    }
    const stream = new AuthorityFixStream(socket);
    // The http2 session (through Node's adapter) handles stream errors; this listener only keeps
    // an error emitted before the session attaches from being unhandled.
    stream.on('error', () => undefined);
    inject(stream);
  };
  socket.write(FRONT_SETTINGS);
  socket.on('data', onData);
  socket.on('end', onEnd);
  if (head.length > 0) onData(head);
}
