// The values the Raft core exchanges with its caller: log entries, persistent state, snapshots,
// messages between peers, and the Ready batch. Plain data only, so the node layer can encode them
// however its transport and disk want.

/** A member id. etcd member ids are 64-bit, so they do not fit a JS number. 0n means "none". */
export type NodeId = bigint;

/** The absent node: no leader known, no vote cast. */
export const NO_NODE: NodeId = 0n;

/** 'conf-change' entries carry an encoded ConfChange (see conf-change-codec.ts). */
export type EntryType = 'normal' | 'conf-change';

export interface Entry {
  readonly term: number;
  readonly index: number;
  readonly type: EntryType;
  readonly data: Uint8Array;
}

/** What must be on disk before any message of the same Ready is sent. */
export interface HardState {
  readonly term: number;
  readonly vote: NodeId;
  readonly commit: number;
}

export type RaftStateType = 'follower' | 'pre-candidate' | 'candidate' | 'leader';

/** Volatile state worth telling the caller about when it changes; never persisted. */
export interface SoftState {
  readonly lead: NodeId;
  readonly raftState: RaftStateType;
}

/**
 * The membership a snapshot (or the current log position) carries. `votersOutgoing` is non-empty
 * only in a joint configuration; `learnersNext` holds outgoing voters that become learners when
 * the joint configuration is left.
 */
export interface ConfState {
  readonly voters: readonly NodeId[];
  readonly learners: readonly NodeId[];
  readonly votersOutgoing: readonly NodeId[];
  readonly learnersNext: readonly NodeId[];
  readonly autoLeave: boolean;
}

export interface SnapshotMetadata {
  readonly index: number;
  readonly term: number;
  readonly confState: ConfState;
}

export interface Snapshot {
  readonly metadata: SnapshotMetadata;
  readonly data: Uint8Array;
}

export type ConfChangeType = 'add-node' | 'add-learner' | 'remove-node';

export interface ConfChangeSingle {
  readonly type: ConfChangeType;
  readonly nodeId: NodeId;
}

/**
 * How a change with several parts (or an explicit request) moves through joint consensus:
 * - 'auto': one change is applied directly; several go through a joint configuration that the
 *   leader leaves on its own once the change is applied.
 * - 'implicit': always joint, left automatically.
 * - 'explicit': always joint, the caller must propose an empty ConfChange to leave it.
 */
export type ConfChangeTransition = 'auto' | 'implicit' | 'explicit';

/** A membership change (etcd's ConfChangeV2). No changes at all means "leave the joint config". */
export interface ConfChange {
  readonly transition: ConfChangeTransition;
  readonly changes: readonly ConfChangeSingle[];
  readonly context?: Uint8Array;
}

export type MessageType =
  // Local messages: produced and consumed inside one node, never sent.
  | 'MsgHup'
  | 'MsgBeat'
  | 'MsgCheckQuorum'
  | 'MsgUnreachable'
  | 'MsgSnapStatus'
  | 'MsgForgetLeader'
  // Messages that may come from a peer (MsgProp, MsgReadIndex and MsgTransferLeader are
  // forwarded to the leader by followers).
  | 'MsgProp'
  | 'MsgApp'
  | 'MsgAppResp'
  | 'MsgVote'
  | 'MsgVoteResp'
  | 'MsgPreVote'
  | 'MsgPreVoteResp'
  | 'MsgSnap'
  | 'MsgHeartbeat'
  | 'MsgHeartbeatResp'
  | 'MsgTransferLeader'
  | 'MsgTimeoutNow'
  | 'MsgReadIndex'
  | 'MsgReadIndexResp';

/**
 * One message between Raft nodes. Field meaning depends on the type, as in etcd's raftpb.Message:
 * for MsgApp, (index, logTerm) name the entry preceding `entries`; for a rejected MsgAppResp,
 * (rejectHint, logTerm) is the follower's hint where its log may match the leader's; a rejected
 * vote carries the voter's commit index and the term of that entry in (commit, logTerm).
 */
export interface Message {
  readonly type: MessageType;
  readonly from: NodeId;
  readonly to: NodeId;
  readonly term: number;
  readonly logTerm: number;
  readonly index: number;
  readonly entries: readonly Entry[];
  readonly commit: number;
  readonly reject: boolean;
  readonly rejectHint: number;
  readonly snapshot?: Snapshot | undefined;
  /** Opaque bytes: the ReadIndex request context, or the campaign kind of a vote request. */
  readonly context?: Uint8Array | undefined;
}

/** The answer to one ReadIndex request: reads may be served once `index` is applied. */
export interface ReadState {
  readonly index: number;
  readonly requestCtx: Uint8Array;
}

/**
 * Everything the caller must do before calling advance(), in this order: persist `snapshot`,
 * `entries` and `hardState` (durably when `mustSync`); then send `messages`; then apply
 * `snapshot` and `committedEntries` to the state machine. When `sendBeforeWrite`, the messages
 * may leave before (or while) the rest is written.
 */
export interface Ready {
  readonly softState?: SoftState;
  readonly hardState?: HardState;
  readonly readStates: readonly ReadState[];
  readonly entries: readonly Entry[];
  readonly snapshot?: Snapshot;
  readonly committedEntries: readonly Entry[];
  readonly messages: readonly Message[];
  readonly mustSync: boolean;
  /**
   * A leader's messages in a term it already wrote, with leaderWritesInParallel: they depend on
   * nothing in this Ready being on disk, since its own entries count only after advance().
   */
  readonly sendBeforeWrite: boolean;
}

export type ProgressStateType = 'probe' | 'replicate' | 'snapshot';

/** The outcome of sending a snapshot, as the transport reports it to reportSnapshot(). */
export type SnapshotStatus = 'finished' | 'failed';

const NO_ENTRIES: readonly Entry[] = [];

/**
 * Builds a message, defaulting every field the type does not use; `from` and `term` may be
 * given apart to override those of `fields`.
 */
export function newMessage(
  fields: Partial<Message> & Pick<Message, 'type'>,
  from: NodeId = fields.from ?? NO_NODE,
  term: number = fields.term ?? 0,
): Message {
  // Every message gets the same fields in the same order: one object shape for the engine.
  return {
    type: fields.type,
    from,
    to: fields.to ?? NO_NODE,
    term,
    logTerm: fields.logTerm ?? 0,
    index: fields.index ?? 0,
    entries: fields.entries ?? NO_ENTRIES,
    commit: fields.commit ?? 0,
    reject: fields.reject ?? false,
    rejectHint: fields.rejectHint ?? 0,
    snapshot: fields.snapshot,
    context: fields.context,
  };
}

export const EMPTY_CONF_STATE: ConfState = {
  voters: [],
  learners: [],
  votersOutgoing: [],
  learnersNext: [],
  autoLeave: false,
};

export const EMPTY_HARD_STATE: HardState = { term: 0, vote: NO_NODE, commit: 0 };

export function isEmptyHardState(hs: HardState): boolean {
  return hs.term === 0 && hs.vote === NO_NODE && hs.commit === 0;
}

export function hardStateEqual(a: HardState, b: HardState): boolean {
  return a.term === b.term && a.vote === b.vote && a.commit === b.commit;
}

/**
 * The bytes an entry counts for when batching messages: its payload plus a fixed allowance for
 * term, index and type, so that a batch of empty entries is bounded too.
 */
export function entrySize(e: Entry): number {
  return e.data.length + ENTRY_HEADER_BYTES;
}

const ENTRY_HEADER_BYTES = 24;

export function entriesSize(ents: readonly Entry[]): number {
  let size = 0;
  for (const e of ents) size += entrySize(e);
  return size;
}

/** The bytes an entry counts for against the leader's uncommitted-proposal limit (payload only). */
export function entriesPayloadSize(ents: readonly Entry[]): number {
  let size = 0;
  for (const e of ents) size += e.data.length;
  return size;
}
