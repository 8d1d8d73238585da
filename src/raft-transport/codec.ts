// Converts the Raft core's plain values (src/raft/types.ts) to and from the protobuf messages of
// proto/clusterd.proto, for the rarer paths (the MsgSnap that opens a SendSnapshot call, snapshot
// metadata); the message stream's batches have a hand codec (batch-codec.ts) built on the type
// tables here.
// Terms and indexes are numbers in memory and uint64 on the wire; member ids are bigint in memory
// and uint64 (Long) on the wire. A MsgSnap keeps only its snapshot's metadata here: the snapshot
// data travels apart, in Peer.SendSnapshot chunks.
import { clusterdpb } from '../gen/etcd.js';
import type {
  ConfState,
  Entry,
  EntryType,
  Message,
  MessageType,
  NodeId,
  SnapshotMetadata,
} from '../raft/types.js';
import { fromBigInt, toBigInt, toNumber, type Int64, type Long } from '../util/long.js';

const P = clusterdpb;

/** Bytes that cannot be a Raft value: an unknown message or entry type. */
export class RaftCodecError extends Error {
  override readonly name = 'RaftCodecError';
}

const messageTypes: Record<MessageType, clusterdpb.RaftMessageType> = {
  MsgHup: P.RaftMessageType.MsgHup,
  MsgBeat: P.RaftMessageType.MsgBeat,
  MsgProp: P.RaftMessageType.MsgProp,
  MsgApp: P.RaftMessageType.MsgApp,
  MsgAppResp: P.RaftMessageType.MsgAppResp,
  MsgVote: P.RaftMessageType.MsgVote,
  MsgVoteResp: P.RaftMessageType.MsgVoteResp,
  MsgSnap: P.RaftMessageType.MsgSnap,
  MsgHeartbeat: P.RaftMessageType.MsgHeartbeat,
  MsgHeartbeatResp: P.RaftMessageType.MsgHeartbeatResp,
  MsgUnreachable: P.RaftMessageType.MsgUnreachable,
  MsgSnapStatus: P.RaftMessageType.MsgSnapStatus,
  MsgCheckQuorum: P.RaftMessageType.MsgCheckQuorum,
  MsgTransferLeader: P.RaftMessageType.MsgTransferLeader,
  MsgTimeoutNow: P.RaftMessageType.MsgTimeoutNow,
  MsgReadIndex: P.RaftMessageType.MsgReadIndex,
  MsgReadIndexResp: P.RaftMessageType.MsgReadIndexResp,
  MsgPreVote: P.RaftMessageType.MsgPreVote,
  MsgPreVoteResp: P.RaftMessageType.MsgPreVoteResp,
  MsgForgetLeader: P.RaftMessageType.MsgForgetLeader,
};

/** Every message type the Raft core knows, in wire order. */
export const allMessageTypes: readonly MessageType[] = (
  Object.keys(messageTypes) as MessageType[]
).sort((a, b) => messageTypes[a] - messageTypes[b]);

const messageTypeNames = new Map<number, MessageType>(
  allMessageTypes.map((name) => [messageTypes[name], name]),
);

const entryTypes: Record<EntryType, clusterdpb.RaftEntryType> = {
  normal: P.RaftEntryType.EntryNormal,
  'conf-change': P.RaftEntryType.EntryConfChange,
};

const emptyBytes = new Uint8Array(0);

function entryToProto(e: Entry): clusterdpb.IRaftEntry {
  return { term: e.term, index: e.index, type: entryTypes[e.type], data: e.data };
}

function entryFromProto(p: clusterdpb.IRaftEntry): Entry {
  return {
    term: toNumber(p.term),
    index: toNumber(p.index),
    type: entryTypeFromWire(p.type ?? P.RaftEntryType.EntryNormal),
    data: p.data ?? emptyBytes,
  };
}

export function messageTypeToWire(type: MessageType): number {
  return messageTypes[type];
}

export function messageTypeFromWire(wire: number): MessageType {
  const type = messageTypeNames.get(wire);
  if (type === undefined) throw new RaftCodecError(`unknown Raft message type ${wire}`);
  return type;
}

export function entryTypeToWire(type: EntryType): number {
  return entryTypes[type];
}

const entryTypeNames = new Map<number, EntryType>(
  (Object.keys(entryTypes) as EntryType[]).map((name) => [entryTypes[name], name]),
);

export function entryTypeFromWire(wire: number): EntryType {
  const type = entryTypeNames.get(wire);
  if (type === undefined) throw new RaftCodecError(`unknown Raft entry type ${wire}`);
  return type;
}

function confStateToProto(cs: ConfState): clusterdpb.IRaftConfState {
  return {
    voters: cs.voters.map(idToProto),
    learners: cs.learners.map(idToProto),
    votersOutgoing: cs.votersOutgoing.map(idToProto),
    learnersNext: cs.learnersNext.map(idToProto),
    autoLeave: cs.autoLeave,
  };
}

function confStateFromProto(p: clusterdpb.IRaftConfState | null | undefined): ConfState {
  return {
    voters: idsFromProto(p?.voters),
    learners: idsFromProto(p?.learners),
    votersOutgoing: idsFromProto(p?.votersOutgoing),
    learnersNext: idsFromProto(p?.learnersNext),
    autoLeave: p?.autoLeave ?? false,
  };
}

export function snapshotMetadataToProto(md: SnapshotMetadata): clusterdpb.IRaftSnapshotMetadata {
  return { confState: confStateToProto(md.confState), index: md.index, term: md.term };
}

export function snapshotMetadataFromProto(p: clusterdpb.IRaftSnapshotMetadata): SnapshotMetadata {
  return {
    index: toNumber(p.index),
    term: toNumber(p.term),
    confState: confStateFromProto(p.confState),
  };
}

/** The wire form of a message. A snapshot's data is left out: it goes by Peer.SendSnapshot. */
export function messageToProto(m: Message): clusterdpb.IRaftMessage {
  const p: clusterdpb.IRaftMessage = {
    type: messageTypes[m.type],
    to: idToProto(m.to),
    from: idToProto(m.from),
    term: m.term,
    logTerm: m.logTerm,
    index: m.index,
    entries: m.entries.length === 0 ? [] : m.entries.map(entryToProto),
    commit: m.commit,
    reject: m.reject,
    rejectHint: m.rejectHint,
  };
  if (m.snapshot !== undefined) p.snapshot = snapshotMetadataToProto(m.snapshot.metadata);
  if (m.context !== undefined) p.context = m.context;
  return p;
}

/**
 * A message from its wire form. A MsgSnap's snapshot comes back with empty data; the receiver
 * fills it in from the chunks of its SendSnapshot call.
 */
export function messageFromProto(p: clusterdpb.IRaftMessage): Message {
  const type = messageTypeFromWire(p.type ?? P.RaftMessageType.MsgHup);
  const entries = p.entries;
  // The same fields in the same order as newMessage(), so the engine sees one object shape.
  return {
    type,
    from: idFromProto(p.from),
    to: idFromProto(p.to),
    term: toNumber(p.term),
    logTerm: toNumber(p.logTerm),
    index: toNumber(p.index),
    entries: entries == null || entries.length === 0 ? [] : entries.map(entryFromProto),
    commit: toNumber(p.commit),
    reject: p.reject ?? false,
    rejectHint: toNumber(p.rejectHint),
    snapshot:
      p.snapshot == null
        ? undefined
        : { metadata: snapshotMetadataFromProto(p.snapshot), data: emptyBytes },
    context: p.context ?? undefined,
  };
}

function idToProto(id: NodeId): Long | number {
  return fromBigInt(id, true);
}

function idFromProto(value: Int64): NodeId {
  return toBigInt(value);
}

function idsFromProto(values: readonly Int64[] | null | undefined): NodeId[] {
  return values == null ? [] : values.map(idFromProto);
}
