// The world the golden-file scripts act on: a few RawNodes, each with a MemoryStorage as its
// disk and a tiny state machine that applies conf changes, and one message queue as the network.
// Each command prints what happened, so a script reads as the story of a scenario.
import {
  MemoryStorage,
  RawNode,
  decodeConfChange,
  describeConfig,
  type ConfChange,
  type ConfChangeSingle,
  type ConfChangeTransition,
  type ConfState,
  type Message,
  type NodeId,
  type RaftConfig,
} from '../../src/raft/index.js';
import type { CommandArg, TestCase } from './datadriven.js';
import {
  describeEntry,
  describeMessage,
  describeRaftState,
  describeReady,
  describeSnapshot,
} from './describe.js';

interface EnvNode {
  readonly id: NodeId;
  rawNode: RawNode;
  readonly storage: MemoryStorage;
  readonly options: NodeOptions;
  /** The membership as of the last applied conf change or snapshot. */
  confState: ConfState;
}

interface NodeOptions {
  readonly preVote: boolean;
  readonly checkQuorum: boolean;
  readonly maxInflightMsgs: number;
  readonly maxSizePerMsg: number;
}

const encoder = new TextEncoder();

/** Election and heartbeat timeouts of every node, as in etcd-io/raft's interaction tests. */
const ELECTION_TICKS = 3;
const HEARTBEAT_TICKS = 1;

export class InteractionEnv {
  private readonly nodes = new Map<NodeId, EnvNode>();
  /** Messages sent and not yet delivered, in send order. */
  private network: Message[] = [];
  /** When set, messages between nodes of different groups are dropped on delivery. */
  private partitionGroups: Map<NodeId, number> | undefined;
  private output: string[] = [];
  private logLevel: 'info' | 'none' = 'info';

  handle(tc: TestCase): string {
    this.output = [];
    const args = new Args(tc);
    switch (tc.command) {
      case 'add-nodes':
        this.addNodes(args);
        break;
      case 'campaign':
        this.node(args.id(0)).rawNode.campaign();
        break;
      case 'propose':
        this.propose(args);
        break;
      case 'propose-conf-change':
        this.proposeConfChange(args, tc.input);
        break;
      case 'process-ready':
        for (const id of args.ids()) this.processReady(id);
        break;
      case 'deliver-msgs':
        for (const id of args.ids()) this.deliverMessages(id, args.flag('drop'));
        break;
      case 'stabilize':
        this.stabilize(args.ids());
        break;
      case 'tick-election':
        for (const id of args.ids()) this.tick(id, ELECTION_TICKS);
        break;
      case 'tick-heartbeat':
        for (const id of args.ids()) this.tick(id, HEARTBEAT_TICKS);
        break;
      case 'transfer-leadership':
        this.node(args.nodeId('from')).rawNode.transferLeader(args.nodeId('to'));
        break;
      case 'read-index':
        this.readIndex(args);
        break;
      case 'compact':
        this.compact(args.id(0), args.number(1));
        break;
      case 'restart':
        for (const id of args.ids()) this.restart(id);
        break;
      case 'partition':
        this.partition(args);
        break;
      case 'heal':
        this.partitionGroups = undefined;
        break;
      case 'forget-leader':
        this.node(args.id(0)).rawNode.forgetLeader();
        break;
      case 'report-unreachable':
        this.node(args.id(0)).rawNode.reportUnreachable(args.id(1));
        break;
      case 'report-snapshot':
        this.node(args.id(0)).rawNode.reportSnapshot(
          args.id(1),
          args.word(2) === 'failed' ? 'failed' : 'finished',
        );
        break;
      case 'raft-state':
        this.printRaftState();
        break;
      case 'raft-log':
        this.printRaftLog(args.id(0));
        break;
      case 'status':
        this.printStatus(args.id(0));
        break;
      case 'log-level':
        this.logLevel = args.word(0) === 'none' ? 'none' : 'info';
        break;
      default:
        throw new Error(`${tc.pos}: unknown command ${tc.command}`);
    }
    return this.output.join('\n');
  }

  private print(line: string): void {
    this.output.push(line);
  }

  private node(id: NodeId): EnvNode {
    const n = this.nodes.get(id);
    if (n === undefined) throw new Error(`no node ${id}`);
    return n;
  }

  private sortedIds(): NodeId[] {
    return [...this.nodes.keys()].sort((a, b) => (a < b ? -1 : 1));
  }

  /**
   * add-nodes <count> voters=(..) learners=(..) [index=<i>] [prevote=true] [checkquorum=true]
   * [inflight=<n>] [max-size=<bytes>]: new nodes whose storage holds a snapshot at `index`
   * with the given membership (an empty log when index is 0 or absent).
   */
  private addNodes(args: Args): void {
    const count = args.number(0);
    const confState: ConfState = {
      voters: args.list('voters').map(BigInt),
      learners: args.list('learners').map(BigInt),
      votersOutgoing: [],
      learnersNext: [],
      autoLeave: false,
    };
    const index = args.optionalNumber('index') ?? 0;
    const options: NodeOptions = {
      preVote: args.bool('prevote'),
      checkQuorum: args.bool('checkquorum'),
      maxInflightMsgs: args.optionalNumber('inflight') ?? 256,
      maxSizePerMsg: args.optionalNumber('max-size') ?? Number.MAX_SAFE_INTEGER,
    };
    for (let i = 0; i < count; i++) {
      const id = BigInt(this.nodes.size + 1);
      const storage = new MemoryStorage();
      storage.applySnapshot({
        metadata: { index, term: index > 0 ? 1 : 0, confState },
        data: new Uint8Array(),
      });
      const rawNode = new RawNode(this.raftConfig({ id, storage, options }));
      this.nodes.set(id, { id, storage, options, confState, rawNode });
    }
  }

  private raftConfig(node: Pick<EnvNode, 'id' | 'storage' | 'options'>): RaftConfig {
    return {
      id: node.id,
      electionTick: ELECTION_TICKS,
      heartbeatTick: HEARTBEAT_TICKS,
      storage: node.storage,
      applied: node.storage.firstIndex() - 1,
      maxSizePerMsg: node.options.maxSizePerMsg,
      maxInflightMsgs: node.options.maxInflightMsgs,
      checkQuorum: node.options.checkQuorum,
      preVote: node.options.preVote,
      // No jitter: the election timeout is exactly ELECTION_TICKS, so tick-election campaigns.
      random: { nextInt: () => 0 },
      logger: {
        info: (message) => {
          if (this.logLevel === 'info') this.print(`INFO ${message}`);
        },
        warn: (message) => {
          if (this.logLevel === 'info') this.print(`WARN ${message}`);
        },
      },
    };
  }

  private propose(args: Args): void {
    const result = this.node(args.id(0)).rawNode.propose(encoder.encode(args.word(1)));
    if (result !== 'ok') this.print(`raft: ${result}`);
  }

  /** propose-conf-change <id> [transition=auto|implicit|explicit], then "v4 l5 r2" as input. */
  private proposeConfChange(args: Args, input: readonly string[]): void {
    const changes: ConfChangeSingle[] = [];
    for (const word of input
      .join(' ')
      .split(/\s+/)
      .filter((w) => w !== '')) {
      const nodeId = BigInt(word.slice(1));
      const letter = word[0];
      if (letter === 'v') changes.push({ type: 'add-node', nodeId });
      else if (letter === 'l') changes.push({ type: 'add-learner', nodeId });
      else if (letter === 'r') changes.push({ type: 'remove-node', nodeId });
      else throw new Error(`unknown conf change ${word}`);
    }
    const transition = (args.optionalWord('transition') ?? 'auto') as ConfChangeTransition;
    const cc: ConfChange = { transition, changes };
    const result = this.node(args.id(0)).rawNode.proposeConfChange(cc);
    if (result !== 'ok') this.print(`raft: ${result}`);
  }

  /** Handles one Ready the way the node layer will: persist, send, apply, advance. */
  private processReady(id: NodeId): void {
    const node = this.node(id);
    const rn = node.rawNode;
    if (!rn.hasReady()) return;
    const rd = rn.ready();
    this.print(`> ${id} handling Ready`);
    this.output.push(
      ...describeReady(rd)
        .split('\n')
        .map((l) => `  ${l}`),
    );
    if (rd.snapshot !== undefined) node.storage.applySnapshot(rd.snapshot);
    node.storage.append(rd.entries);
    if (rd.hardState !== undefined) node.storage.setHardState(rd.hardState);
    this.network.push(...rd.messages);
    if (rd.snapshot !== undefined) node.confState = rd.snapshot.metadata.confState;
    // Conf changes apply in log order; output printed meanwhile is indented under this node.
    const before = this.output.length;
    for (const e of rd.committedEntries) {
      if (e.type === 'conf-change') {
        node.confState = rn.applyConfChange(decodeConfChange(e.data));
      }
    }
    rn.advance();
    for (let i = before; i < this.output.length; i++) this.output[i] = `  ${this.output[i]!}`;
  }

  private deliverMessages(id: NodeId, drop: boolean): boolean {
    const mine = this.network.filter((m) => m.to === id);
    if (mine.length === 0) return false;
    this.network = this.network.filter((m) => m.to !== id);
    this.print(`> ${id} receiving messages`);
    for (const m of mine) {
      if (drop || this.partitioned(m.from, m.to)) {
        this.print(`  dropped: ${describeMessage(m)}`);
        continue;
      }
      this.print(`  ${describeMessage(m)}`);
      const before = this.output.length;
      const result = this.node(id).rawNode.step(m);
      if (result !== 'ok') this.print(`raft: ${result}`);
      for (let i = before; i < this.output.length; i++) this.output[i] = `  ${this.output[i]!}`;
    }
    return true;
  }

  private partitioned(a: NodeId, b: NodeId): boolean {
    const groups = this.partitionGroups;
    if (groups === undefined) return false;
    return groups.get(a) !== groups.get(b);
  }

  /** Processes Readies and delivers messages until nothing is left to do. */
  private stabilize(only: NodeId[]): void {
    const ids = only.length > 0 ? only : this.sortedIds();
    for (;;) {
      let progressed = false;
      for (const id of ids) {
        if (this.node(id).rawNode.hasReady()) {
          this.processReady(id);
          progressed = true;
        }
      }
      for (const id of ids) {
        if (this.deliverMessages(id, false)) progressed = true;
      }
      if (!progressed) return;
    }
  }

  private tick(id: NodeId, ticks: number): void {
    for (let i = 0; i < ticks; i++) this.node(id).rawNode.tick();
  }

  private readIndex(args: Args): void {
    const result = this.node(args.id(0)).rawNode.readIndex(encoder.encode(args.word(1)));
    if (result !== 'ok') this.print(`raft: ${result}`);
  }

  /** Snapshots the node's state at `index` (which it must have applied) and compacts its log. */
  private compact(id: NodeId, index: number): void {
    const node = this.node(id);
    node.storage.createSnapshot(index, node.confState, encoder.encode(`snap@${index}`));
    node.storage.compact(index);
    this.printRaftLog(id);
  }

  /**
   * Crashes the node and starts it again from its storage: the unstable log and every volatile
   * field are lost. The state machine restarts from the snapshot and replays the log.
   */
  private restart(id: NodeId): void {
    const node = this.node(id);
    node.confState = node.storage.initialState().confState;
    node.rawNode = new RawNode(this.raftConfig(node));
  }

  /** partition (1,2) (3): messages between the groups are dropped until heal. */
  private partition(args: Args): void {
    const groups = new Map<NodeId, number>();
    args.all().forEach((arg, group) => {
      for (const id of parseList(arg.key)) groups.set(BigInt(id), group);
    });
    this.partitionGroups = groups;
  }

  private printRaftState(): void {
    for (const id of this.sortedIds()) {
      const st = this.node(id).rawNode.status();
      const voter = st.config.voters[0].has(id) || st.config.voters[1].has(id);
      this.print(
        `${id}: ${describeRaftState(st.softState.raftState)} (${voter ? 'Voter' : 'Non-Voter'}) Term:${st.hardState.term} Lead:${st.softState.lead}`,
      );
    }
  }

  private printRaftLog(id: NodeId): void {
    const storage = this.node(id).storage;
    const first = storage.firstIndex();
    const last = storage.lastIndex();
    if (last < first) {
      this.print(`log is empty: first index=${first}, last index=${last}`);
      return;
    }
    for (const e of storage.entries(first, last + 1, Number.MAX_SAFE_INTEGER)) {
      this.print(describeEntry(e));
    }
  }

  private printStatus(id: NodeId): void {
    const st = this.node(id).rawNode.status();
    const hs = st.hardState;
    this.print(`term=${hs.term} vote=${hs.vote} commit=${hs.commit} applied=${st.applied}`);
    this.print(`config: ${describeConfig(st.config)}`);
    const snap = this.node(id).storage.snapshot();
    if (snap.metadata.index > 0) this.print(`snapshot: ${describeSnapshot(snap)}`);
    for (const [peer, pr] of st.progress ?? []) {
      let line = `${peer}: ${pr.state} match=${pr.match} next=${pr.next}`;
      if (pr.isLearner) line += ' learner';
      if (pr.paused && peer !== id) line += ' paused';
      if (pr.pendingSnapshot > 0) line += ` pendingSnap=${pr.pendingSnapshot}`;
      if (pr.inflight > 0) line += ` inflight=${pr.inflight}`;
      this.print(line);
    }
  }
}

function parseList(text: string): string[] {
  const inner = text.startsWith('(') && text.endsWith(')') ? text.slice(1, -1) : text;
  return inner === '' ? [] : inner.split(',');
}

/** Typed access to a command's arguments, with errors that name the script position. */
class Args {
  private readonly tc: TestCase;

  constructor(tc: TestCase) {
    this.tc = tc;
  }

  all(): readonly CommandArg[] {
    return this.tc.args;
  }

  /** Positional bare words (those without '='). */
  private positional(): string[] {
    return this.tc.args.filter((a) => a.values.length === 0).map((a) => a.key);
  }

  word(i: number): string {
    const w = this.positional()[i];
    if (w === undefined) throw new Error(`${this.tc.pos}: missing argument ${i + 1}`);
    return w;
  }

  number(i: number): number {
    return Number(this.word(i));
  }

  id(i: number): NodeId {
    return BigInt(this.word(i));
  }

  /** All positional arguments as node ids (none means none). */
  ids(): NodeId[] {
    return this.positional().map((w) => BigInt(w));
  }

  private keyed(key: string): CommandArg | undefined {
    return this.tc.args.find((a) => a.key === key);
  }

  optionalWord(key: string): string | undefined {
    return this.keyed(key)?.values[0];
  }

  optionalNumber(key: string): number | undefined {
    const w = this.optionalWord(key);
    return w === undefined ? undefined : Number(w);
  }

  nodeId(key: string): NodeId {
    const w = this.optionalWord(key);
    if (w === undefined) throw new Error(`${this.tc.pos}: missing ${key}=`);
    return BigInt(w);
  }

  list(key: string): string[] {
    return [...(this.keyed(key)?.values ?? [])];
  }

  bool(key: string): boolean {
    return this.optionalWord(key) === 'true';
  }

  flag(key: string): boolean {
    return this.keyed(key) !== undefined || this.bool(key);
  }
}
