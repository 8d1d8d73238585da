// A deterministic simulation of a Raft cluster: N RawNodes, each with a MemoryStorage as its
// disk and a tiny state machine, over a simulated network that drops, delays, reorders and
// duplicates messages and can be partitioned; nodes crash (losing everything not persisted
// through a Ready) and restart. Everything random comes from one seed, so a failing run replays
// exactly. After every change of state the safety properties of Raft are checked; a final stable
// period checks that a leader is elected and proposals commit.
import {
  MemoryStorage,
  RawNode,
  SeededRandom,
  decodeConfChange,
  describeConfChange,
  type ConfChange,
  type ConfState,
  type Entry,
  type HardState,
  type Message,
  type NodeId,
  type Ready,
} from '../../src/raft/index.js';
import { describeMessage } from './describe.js';

export interface SimulationOptions {
  readonly seed: number;
  /** Rounds of chaos (one tick per node per round). */
  readonly chaosRounds: number;
  /** Rounds allowed for the stable period to elect a leader and commit a proposal. */
  readonly livenessRounds: number;
  /** Record a trace of events, printed when a run fails. */
  readonly trace: boolean;
}

export class SimulationFailure extends Error {
  constructor(seed: number, message: string, trace: readonly string[]) {
    const tail = trace.join('\n');
    super(
      `seed ${seed}: ${message}\nreplay with RAFT_SIM_SEED=${seed}${tail === '' ? '' : `\nlast events:\n${tail}`}`,
    );
    this.name = 'SimulationFailure';
  }
}

/** The parts of a node that survive a crash: its disk and its state machine's durable state. */
interface SimNode {
  readonly id: NodeId;
  readonly storage: MemoryStorage;
  /** undefined while crashed. */
  raft: RawNode | undefined;
  incarnation: number;
  /** Durable state machine: the last applied index and a hash chained over applied entries. */
  appliedIndex: number;
  appliedHash: number;
  /** Volatile: the last committed index this incarnation has processed (replay included). */
  processedIndex: number;
  /** Volatile: the membership as of processedIndex. */
  confState: ConfState;
}

interface InFlight {
  readonly message: Message;
  readonly deliverAt: number;
}

const HEARTBEAT_TICKS = 2;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** How often the interesting things happened, so a test can tell the runs exercise them. */
export interface SimulationStats {
  leadersElected: number;
  crashes: number;
  /** Leaders that crashed after sending a Ready's messages but before writing it. */
  crashesBeforeLeaderWrite: number;
  entriesApplied: number;
  snapshotsInstalled: number;
  confChangesApplied: number;
  jointConfigsEntered: number;
  readsServed: number;
  /** The longest stable period any run needed to elect a leader and commit through it. */
  maxRoundsToRecover: number;
}

export function emptyStats(): SimulationStats {
  return {
    leadersElected: 0,
    crashes: 0,
    crashesBeforeLeaderWrite: 0,
    entriesApplied: 0,
    snapshotsInstalled: 0,
    confChangesApplied: 0,
    jointConfigsEntered: 0,
    readsServed: 0,
    maxRoundsToRecover: 0,
  };
}

/**
 * Runs one seeded simulation, adding to `stats` what happened; throws SimulationFailure on any
 * violated property.
 */
export function runSimulation(options: SimulationOptions, stats: SimulationStats): void {
  new Simulation(options, stats).run();
}

class Simulation {
  private readonly seed: number;
  private readonly rng: SeededRandom;
  private readonly options: SimulationOptions;
  private readonly nodes = new Map<NodeId, SimNode>();
  private readonly ids: NodeId[];
  private readonly trace: string[] = [];

  // Cluster-wide settings drawn from the seed.
  private readonly preVote: boolean;
  private readonly checkQuorum: boolean;
  private readonly leaderWritesInParallel: boolean;
  private readonly maxSizePerMsg: number;
  private readonly maxInflightMsgs: number;
  private readonly dropRate: number;
  private readonly duplicateRate: number;
  private readonly maxDelayRounds: number;
  private readonly membershipChanges: boolean;
  private readonly faultRate: number;
  private readonly electionTicks: number;

  private round = 0;
  private network: InFlight[] = [];
  private partition: Map<NodeId, number> | undefined;
  private stable = false;
  private proposalCounter = 0;
  private readCounter = 0;
  /** Ids that were proposed for removal; they never rejoin. */
  private readonly removedIds = new Set<NodeId>();
  /** ReadIndex requests: context -> who asked and the lowest read index that is linearizable. */
  private readonly pendingReads = new Map<string, { node: NodeId; minimum: number }>();

  // What the checks compare against, gathered from all nodes.
  private readonly leaderOfTerm = new Map<number, NodeId>();
  /** index -> key of the entry applied there (by whichever node applied it first). */
  private readonly appliedEntryAt = new Map<number, string>();
  /** index -> state machine hash after applying it. */
  private readonly hashAt = new Map<number, number>();
  /** "index/term" -> what any log held there: the term before it and the entry's key. */
  private readonly logEntryAt = new Map<string, { prevTerm: number | undefined; key: string }>();
  private maxAppliedIndex = 0;
  /** The latest membership any node applied, and the index it was applied at. */
  private latestConf: { index: number; confState: ConfState };
  private readonly confAt = new Map<number, string>();
  /** Per node: the HardState last persisted, to check term/vote/commit only move forward. */
  private readonly persistedHardState = new Map<NodeId, HardState>();

  private readonly stats: SimulationStats;

  constructor(options: SimulationOptions, stats: SimulationStats) {
    this.options = options;
    this.stats = stats;
    this.seed = options.seed;
    this.rng = new SeededRandom(options.seed);
    const voterCount = this.rng.nextFloat() < 0.6 ? 3 : 5;
    this.membershipChanges = this.rng.nextFloat() < 0.5;
    const poolSize = this.membershipChanges ? voterCount + 3 : voterCount;
    this.preVote = this.rng.nextFloat() < 0.5;
    // From the seed, not the generator, so that odd seeds replay as they did before the option.
    this.leaderWritesInParallel = this.seed % 2 === 0;
    this.checkQuorum = this.rng.nextFloat() < 0.5;
    this.maxSizePerMsg = [64, 256, 4096][this.rng.nextInt(3)]!;
    this.maxInflightMsgs = 1 + this.rng.nextInt(8);
    this.dropRate = [0, 0.05, 0.2][this.rng.nextInt(3)]!;
    this.duplicateRate = [0, 0.05][this.rng.nextInt(2)]!;
    this.maxDelayRounds = 1 + this.rng.nextInt(4);
    this.faultRate = [0.5, 1, 3][this.rng.nextInt(3)]!;
    // Short timeouts against long delays make for competing candidates and many terms.
    this.electionTicks = [5, 10][this.rng.nextInt(2)]!;

    this.ids = [];
    for (let i = 1; i <= poolSize; i++) this.ids.push(BigInt(i));
    const initial: ConfState = {
      voters: this.ids.slice(0, voterCount),
      learners: [],
      votersOutgoing: [],
      learnersNext: [],
      autoLeave: false,
    };
    this.latestConf = { index: 0, confState: initial };
    for (const id of this.ids) {
      const storage = new MemoryStorage();
      // Every node starts from the same bootstrap state; nodes outside the initial membership
      // learn the real one from the leader (a snapshot) once added.
      storage.applySnapshot({
        metadata: { index: 0, term: 0, confState: initial },
        data: encodeHash(0),
      });
      const node: SimNode = {
        id,
        storage,
        raft: undefined,
        incarnation: 0,
        appliedIndex: 0,
        appliedHash: 0,
        processedIndex: 0,
        confState: initial,
      };
      this.nodes.set(id, node);
      this.start(node);
    }
    this.log(
      () =>
        `config voters=${voterCount} pool=${poolSize} prevote=${this.preVote} parallel=${this.leaderWritesInParallel} checkquorum=${this.checkQuorum} maxsize=${this.maxSizePerMsg} inflight=${this.maxInflightMsgs} drop=${this.dropRate} dup=${this.duplicateRate} delay=${this.maxDelayRounds} membership=${this.membershipChanges} faults=${this.faultRate} election=${this.electionTicks}`,
    );
  }

  run(): void {
    for (; this.round < this.options.chaosRounds; this.round++) {
      this.chaos();
      this.tickAll();
      this.deliverDue();
      this.processAllReadies();
    }
    this.checkLiveness();
  }

  /** Records an event in the trace; the text is only built when tracing. */
  private log(event: () => string): void {
    if (this.options.trace) this.trace.push(`[${this.round}] ${event()}`);
  }

  private fail(message: string): never {
    throw new SimulationFailure(this.seed, message, this.trace);
  }

  // ---- Node lifecycle ----------------------------------------------------------------------

  /**
   * Starts a node from its disk. As in etcd, the state machine replays the committed log from
   * the snapshot on (skipping entries it already applied) so that conf changes reach Raft again.
   */
  private start(node: SimNode): void {
    node.incarnation++;
    const snapshot = node.storage.snapshot();
    if (snapshot.metadata.index > node.appliedIndex) {
      // The snapshot reached the disk but the crash came before the state machine loaded it:
      // load it now (etcd recovers its backend from the snapshot file the same way).
      node.appliedIndex = snapshot.metadata.index;
      node.appliedHash = decodeHash(snapshot.data);
    }
    node.processedIndex = snapshot.metadata.index;
    node.confState = node.storage.initialState().confState;
    node.raft = new RawNode({
      id: node.id,
      electionTick: this.electionTicks,
      heartbeatTick: HEARTBEAT_TICKS,
      storage: node.storage,
      applied: snapshot.metadata.index,
      maxSizePerMsg: this.maxSizePerMsg,
      maxInflightMsgs: this.maxInflightMsgs,
      maxUncommittedEntriesSize: 1 << 16,
      checkQuorum: this.checkQuorum,
      preVote: this.preVote,
      leaderWritesInParallel: this.leaderWritesInParallel,
      random: new SeededRandom(this.seed * 7919 + Number(node.id) * 104729 + node.incarnation),
    });
  }

  private crash(node: SimNode): void {
    node.raft = undefined;
    this.stats.crashes++;
    this.log(() => `crash ${node.id}`);
  }

  private liveNodes(): SimNode[] {
    return this.ids.map((id) => this.nodes.get(id)!).filter((n) => n.raft !== undefined);
  }

  private pick<T>(items: readonly T[]): T | undefined {
    return items.length === 0 ? undefined : items[this.rng.nextInt(items.length)];
  }

  // ---- Chaos -----------------------------------------------------------------------------

  private chaos(): void {
    const r = this.rng.nextFloat();
    const live = this.liveNodes();
    // `faultRate` scales the faults per seed: some runs are calm, some are stormy.
    const f = this.faultRate;
    if (r < 0.3) {
      this.propose(this.pick(live));
    } else if (r < 0.33 && this.membershipChanges) {
      this.proposeConfChange();
    } else if (r < 0.33 + 0.015 * f) {
      // Leaders are the interesting victims: their uncommitted tails are what elections fight
      // over (as in Figure 8 of the Raft paper).
      const victim = this.rng.nextFloat() < 0.5 ? this.currentLeader() : this.pick(live);
      if (victim !== undefined) this.crash(victim);
    } else if (r < 0.45) {
      // A gap in the chances keeps the ones above independent of faultRate.
    } else if (r < 0.45 + 0.01 * f) {
      this.splitNetwork();
    } else if (r < 0.5 && this.partition !== undefined) {
      this.partition = undefined;
      this.log(() => 'heal');
    } else if (r < 0.52) {
      const node = this.pick(live);
      if (node !== undefined) this.compact(node);
    } else if (r < 0.53) {
      this.transferLeadership();
    } else if (r < 0.55) {
      this.readIndex(this.pick(live));
    }
    for (const node of this.nodes.values()) {
      if (node.raft === undefined && this.rng.nextFloat() < 0.1) {
        this.log(() => `restart ${node.id}`);
        this.start(node);
      }
    }
  }

  private propose(node: SimNode | undefined): void {
    if (node?.raft === undefined) return;
    const data = `p${++this.proposalCounter}`;
    const result = node.raft.propose(encoder.encode(data));
    this.log(() => `propose ${data} at ${node.id}: ${result}`);
  }

  /** The node that believes it leads in the highest term, if any. */
  private currentLeader(): SimNode | undefined {
    let best: SimNode | undefined;
    let bestTerm = -1;
    for (const node of this.liveNodes()) {
      const st = node.raft!.status();
      if (st.softState.raftState === 'leader' && st.hardState.term > bestTerm) {
        best = node;
        bestTerm = st.hardState.term;
      }
    }
    return best;
  }

  /**
   * Proposes a random valid membership change at the leader, computed against the leader's
   * applied configuration (Raft only accepts one once the previous one is applied).
   */
  private proposeConfChange(): void {
    const leader = this.currentLeader();
    if (leader === undefined) return;
    const cs = leader.confState;
    let cc: ConfChange | undefined;
    if (cs.votersOutgoing.length > 0) {
      cc = cs.autoLeave ? undefined : { transition: 'auto', changes: [] };
    } else {
      const voters = cs.voters;
      const learners = cs.learners;
      // As etcd does, an id once removed is never used again: a removed node that rejoins
      // with its stale log and configuration is a different (and unsupported) story.
      const outsiders = this.ids.filter(
        (id) => !voters.includes(id) && !learners.includes(id) && !this.removedIds.has(id),
      );
      const choice = this.rng.nextInt(6);
      const outsider = this.pick(outsiders);
      const learner = this.pick(learners);
      const voter = this.pick(voters);
      if (choice === 0 && outsider !== undefined) {
        cc = { transition: 'auto', changes: [{ type: 'add-learner', nodeId: outsider }] };
      } else if (choice === 1 && learner !== undefined) {
        cc = { transition: 'auto', changes: [{ type: 'add-node', nodeId: learner }] };
      } else if (choice === 2 && voter !== undefined && voters.length > 1) {
        cc = { transition: 'auto', changes: [{ type: 'remove-node', nodeId: voter }] };
      } else if (choice === 3 && outsider !== undefined && voter !== undefined) {
        // Replace a voter: two voter changes at once go through a joint configuration.
        const transition = this.rng.nextFloat() < 0.5 ? 'auto' : 'explicit';
        cc = {
          transition,
          changes: [
            { type: 'add-node', nodeId: outsider },
            { type: 'remove-node', nodeId: voter },
          ],
        };
      } else if (choice === 4 && voter !== undefined && voters.length > 1) {
        // Demote a voter to learner through a joint configuration.
        cc = { transition: 'implicit', changes: [{ type: 'add-learner', nodeId: voter }] };
      } else if (choice === 5 && outsider !== undefined) {
        cc = { transition: 'auto', changes: [{ type: 'add-node', nodeId: outsider }] };
      }
    }
    if (cc === undefined) return;
    for (const change of cc.changes) {
      if (change.type === 'remove-node') this.removedIds.add(change.nodeId);
    }
    const result = leader.raft!.proposeConfChange(cc);
    this.log(() => `propose conf change ${describeConfChange(cc)} at ${leader.id}: ${result}`);
  }

  /**
   * Cuts the network in two: at random, or around the leader (alone or with a few others), which
   * strands its uncommitted entries on a minority while the majority moves on.
   */
  private splitNetwork(): void {
    const groups = new Map<NodeId, number>();
    const leader = this.currentLeader();
    if (leader !== undefined && this.rng.nextFloat() < 0.5) {
      for (const id of this.ids) groups.set(id, this.rng.nextFloat() < 0.25 ? 0 : 1);
      groups.set(leader.id, 0);
    } else {
      for (const id of this.ids) groups.set(id, this.rng.nextInt(2));
    }
    this.partition = groups;
    this.log(() => `partition ${this.ids.map((id) => `${id}:${groups.get(id)}`).join(' ')}`);
  }

  /** Snapshots the state machine at its applied index and drops some of the log before it. */
  private compact(node: SimNode): void {
    // Only once replay caught up: the membership and hash must describe the same index.
    if (node.processedIndex !== node.appliedIndex) return;
    const index = node.appliedIndex;
    if (index <= node.storage.snapshot().metadata.index) return;
    node.storage.createSnapshot(index, node.confState, encodeHash(node.appliedHash));
    // Sometimes keep a few entries before the snapshot, as a real node keeps some for followers
    // that are only slightly behind.
    const keep = this.rng.nextInt(3);
    node.storage.compact(Math.max(node.storage.firstIndex(), index - keep));
    this.log(() => `compact ${node.id} snapshot@${index} first=${node.storage.firstIndex()}`);
  }

  private transferLeadership(): void {
    const leader = this.currentLeader();
    if (leader === undefined) return;
    const target = this.pick(leader.confState.voters);
    if (target === undefined) return;
    this.log(() => `transfer leadership ${leader.id} -> ${target}`);
    leader.raft!.transferLeader(target);
  }

  private readIndex(node: SimNode | undefined): void {
    if (node?.raft === undefined) return;
    const context = `r${++this.readCounter}`;
    // Linearizability: the read index must cover everything committed before the request.
    this.pendingReads.set(context, { node: node.id, minimum: this.maxAppliedIndex });
    const result = node.raft.readIndex(encoder.encode(context));
    this.log(() => `read-index ${context} at ${node.id}: ${result}`);
  }

  // ---- Time and network ------------------------------------------------------------------

  private tickAll(): void {
    for (const node of this.liveNodes()) {
      // Clocks drift: now and then a node misses a tick.
      if (this.stable || this.rng.nextFloat() < 0.9) node.raft!.tick();
    }
  }

  private send(original: Message): void {
    const m = original.type === 'MsgSnap' ? this.freshSnapshot(original) : original;
    if (!this.stable && this.rng.nextFloat() < this.dropRate) {
      this.onUndelivered(m);
      return;
    }
    const delay = this.stable ? 1 : 1 + this.rng.nextInt(this.maxDelayRounds);
    this.network.push({ message: m, deliverAt: this.round + delay });
    if (!this.stable && this.rng.nextFloat() < this.duplicateRate) {
      this.network.push({ message: m, deliverAt: this.round + 1 + this.rng.nextInt(6) });
    }
  }

  /**
   * As etcd does, the sender replaces the snapshot Raft chose with one of its state machine as
   * of now. The stored snapshot may predate the recipient's addition to the cluster, and a node
   * refuses a snapshot whose membership does not include it.
   */
  private freshSnapshot(m: Message): Message {
    const sender = this.nodes.get(m.from)!;
    const stored = sender.storage.snapshot().metadata.index;
    if (sender.processedIndex !== sender.appliedIndex || sender.appliedIndex <= stored) return m;
    const snapshot = sender.storage.createSnapshot(
      sender.appliedIndex,
      sender.confState,
      encodeHash(sender.appliedHash),
    );
    return { ...m, snapshot };
  }

  /** What a transport tells the sender about a lost message. */
  private onUndelivered(m: Message): void {
    const sender = this.nodes.get(m.from)?.raft;
    if (sender === undefined) return;
    if (m.type === 'MsgSnap') sender.reportSnapshot(m.to, 'failed');
    else if (this.rng.nextFloat() < 0.1) sender.reportUnreachable(m.to);
  }

  private blocked(m: Message): boolean {
    if (this.partition !== undefined && this.partition.get(m.from) !== this.partition.get(m.to)) {
      return true;
    }
    if (this.stable) {
      // As etcd's transport does, a member refuses traffic from a node once it knows the node
      // was removed; a removed node that never learnt of it would otherwise keep disrupting
      // elections.
      const receiver = this.nodes.get(m.to)!;
      return (
        !confMembers(receiver.confState).has(m.from) &&
        !confMembers(this.latestConf.confState).has(m.from)
      );
    }
    return false;
  }

  private deliverDue(): void {
    const due: Message[] = [];
    const later: InFlight[] = [];
    for (const f of this.network) {
      if (f.deliverAt <= this.round) due.push(f.message);
      else later.push(f);
    }
    this.network = later;
    // Reorder: deliver the due messages in random order.
    for (let i = due.length - 1; i > 0; i--) {
      const j = this.rng.nextInt(i + 1);
      [due[i], due[j]] = [due[j]!, due[i]!];
    }
    for (const m of due) {
      const target = this.nodes.get(m.to)?.raft;
      if (target === undefined || this.blocked(m)) {
        this.onUndelivered(m);
        continue;
      }
      this.log(() => `deliver ${describeMessage(m)}`);
      target.step(m);
      if (m.type === 'MsgSnap') this.nodes.get(m.from)?.raft?.reportSnapshot(m.to, 'finished');
    }
  }

  // ---- Ready handling and safety checks --------------------------------------------------

  private processAllReadies(): void {
    const live = this.liveNodes();
    for (let i = live.length - 1; i > 0; i--) {
      const j = this.rng.nextInt(i + 1);
      [live[i], live[j]] = [live[j]!, live[i]!];
    }
    for (const node of live) {
      if (node.raft?.hasReady() === true) this.processReady(node);
    }
  }

  /** Persist, send, apply, advance: the contract the node layer follows. */
  private processReady(node: SimNode): void {
    const raft = node.raft!;
    const rd = raft.ready();
    if (rd.sendBeforeWrite) {
      for (const m of rd.messages) this.send(m);
      if (!this.stable && this.rng.nextFloat() < 0.01) {
        // The followers have the entries; the leader's own write never happened.
        this.stats.crashesBeforeLeaderWrite++;
        this.crash(node);
        return;
      }
    }
    this.persist(node, rd);
    if (!this.stable && this.rng.nextFloat() < 0.003) {
      // Crash after the disk write, before anything was sent or applied.
      this.crash(node);
      return;
    }
    if (!rd.sendBeforeWrite) for (const m of rd.messages) this.send(m);
    if (rd.softState?.raftState === 'leader') this.checkLeader(node);
    if (rd.snapshot !== undefined) this.applySnapshot(node, rd);
    for (const e of rd.committedEntries) this.applyEntry(node, e);
    for (const rs of rd.readStates) this.checkReadState(node, rs.index, rs.requestCtx);
    raft.advance();
  }

  private persist(node: SimNode, rd: Ready): void {
    const storage = node.storage;
    if (rd.snapshot !== undefined) storage.applySnapshot(rd.snapshot);
    storage.append(rd.entries);
    for (const e of rd.entries) this.checkLogMatching(node, e);
    if (rd.hardState !== undefined) {
      const hs = rd.hardState;
      const prev = this.persistedHardState.get(node.id);
      if (prev !== undefined) {
        if (hs.term < prev.term) this.fail(`${node.id} persisted term ${hs.term} < ${prev.term}`);
        if (hs.term === prev.term && prev.vote !== 0n && hs.vote !== prev.vote) {
          this.fail(`${node.id} changed its vote in term ${hs.term}: ${prev.vote} -> ${hs.vote}`);
        }
        if (hs.commit < prev.commit) {
          this.fail(`${node.id} persisted commit ${hs.commit} < ${prev.commit}`);
        }
      }
      if (hs.commit > storage.lastIndex()) {
        this.fail(`${node.id} persisted commit ${hs.commit} past its log (${storage.lastIndex()})`);
      }
      storage.setHardState(hs);
      this.persistedHardState.set(node.id, hs);
    }
  }

  /**
   * Log matching: two logs holding an entry with the same index and term hold the same entry
   * and agree on the term of the entry before it (hence, inductively, on the whole prefix).
   */
  private checkLogMatching(node: SimNode, e: Entry): void {
    const storage = node.storage;
    const prevTerm =
      e.index - 1 >= storage.firstIndex() - 1 ? storage.term(e.index - 1) : undefined;
    const key = entryKey(e);
    const slot = `${e.index}/${e.term}`;
    const seen = this.logEntryAt.get(slot);
    if (seen === undefined) {
      this.logEntryAt.set(slot, { prevTerm, key });
      return;
    }
    if (seen.key !== key) {
      this.fail(`log matching: ${node.id} has ${key} at ${slot}, another node has ${seen.key}`);
    }
    if (seen.prevTerm !== undefined && prevTerm !== undefined && seen.prevTerm !== prevTerm) {
      this.fail(
        `log matching: at ${slot} ${node.id} has previous term ${prevTerm}, another node ${seen.prevTerm}`,
      );
    }
    if (seen.prevTerm === undefined && prevTerm !== undefined) {
      this.logEntryAt.set(slot, { prevTerm, key });
    }
  }

  /**
   * Election safety (one leader per term) and leader completeness (a new leader's log holds
   * every entry committed before it).
   */
  private checkLeader(node: SimNode): void {
    const term = node.raft!.status().hardState.term;
    const other = this.leaderOfTerm.get(term);
    if (other !== undefined && other !== node.id) {
      this.fail(`two leaders in term ${term}: ${other} and ${node.id}`);
    }
    this.leaderOfTerm.set(term, node.id);
    this.stats.leadersElected++;
    this.log(() => `${node.id} is leader in term ${term}`);
    const storage = node.storage;
    for (let i = storage.firstIndex(); i <= this.maxAppliedIndex; i++) {
      const committed = this.appliedEntryAt.get(i);
      if (committed === undefined) continue;
      if (i > storage.lastIndex()) {
        this.fail(
          `leader completeness: leader ${node.id} of term ${term} lacks committed entry ${i}`,
        );
      }
      const [entry] = storage.entries(i, i + 1, Number.MAX_SAFE_INTEGER);
      if (entryKey(entry!) !== committed) {
        this.fail(
          `leader completeness: leader ${node.id} of term ${term} has ${entryKey(entry!)} at ${i}, committed was ${committed}`,
        );
      }
    }
  }

  private applySnapshot(node: SimNode, rd: Ready): void {
    const snap = rd.snapshot!;
    const index = snap.metadata.index;
    const hash = decodeHash(snap.data);
    const known = this.hashAt.get(index);
    if (known !== undefined && known !== hash) {
      this.fail(`state machine safety: snapshot at ${index} for ${node.id} has a different state`);
    }
    this.hashAt.set(index, hash);
    node.appliedIndex = index;
    node.appliedHash = hash;
    node.processedIndex = index;
    node.confState = snap.metadata.confState;
    this.maxAppliedIndex = Math.max(this.maxAppliedIndex, index);
    this.stats.snapshotsInstalled++;
    this.log(() => `${node.id} installed snapshot at ${index}`);
  }

  /** State machine safety: every node applies the same entry at each index, in order. */
  private applyEntry(node: SimNode, e: Entry): void {
    if (e.index !== node.processedIndex + 1) {
      this.fail(`${node.id} was given entry ${e.index} to apply after ${node.processedIndex}`);
    }
    node.processedIndex = e.index;
    const key = entryKey(e);
    const committed = this.appliedEntryAt.get(e.index);
    if (committed !== undefined && committed !== key) {
      this.fail(
        `state machine safety: ${node.id} applies ${key} at ${e.index}, another applied ${committed}`,
      );
    }
    this.appliedEntryAt.set(e.index, key);
    if (e.type === 'conf-change') {
      const cc = decodeConfChange(e.data);
      node.confState = node.raft!.applyConfChange(cc);
      const described = JSON.stringify(node.confState, (_k, v: unknown) =>
        typeof v === 'bigint' ? v.toString() : v,
      );
      const known = this.confAt.get(e.index);
      if (known !== undefined && known !== described) {
        this.fail(
          `${node.id} reached a different membership at ${e.index}: ${described} vs ${known}`,
        );
      }
      this.confAt.set(e.index, described);
      if (e.index > this.latestConf.index) {
        this.latestConf = { index: e.index, confState: node.confState };
      }
      this.stats.confChangesApplied++;
      if (node.confState.votersOutgoing.length > 0) this.stats.jointConfigsEntered++;
      this.log(() => `${node.id} applied conf change ${describeConfChange(cc)} at ${e.index}`);
    }
    if (e.index <= node.appliedIndex) return; // Replayed after a restart: already in the state.
    node.appliedIndex = e.index;
    node.appliedHash = chainHash(node.appliedHash, key);
    this.stats.entriesApplied++;
    const known = this.hashAt.get(e.index);
    if (known !== undefined && known !== node.appliedHash) {
      this.fail(`state machine safety: ${node.id} state after ${e.index} differs`);
    }
    this.hashAt.set(e.index, node.appliedHash);
    this.maxAppliedIndex = Math.max(this.maxAppliedIndex, e.index);
  }

  private checkReadState(node: SimNode, index: number, requestCtx: Uint8Array): void {
    const context = decoder.decode(requestCtx);
    const request = this.pendingReads.get(context);
    if (request?.node !== node.id) {
      this.fail(`${node.id} got a read state for a request it did not make: ${context}`);
    }
    // Kept: a duplicated MsgReadIndexResp yields the same read state again, which is harmless.
    if (index < request.minimum) {
      this.fail(
        `read index ${index} for ${context} at ${node.id} is below ${request.minimum}, committed before it`,
      );
    }
    this.stats.readsServed++;
    this.log(() => `${node.id} read ${context} at ${index}`);
  }

  // ---- Liveness --------------------------------------------------------------------------

  /**
   * The stable period: the network heals and stops losing messages, crashed members restart.
   * Within livenessRounds a leader must emerge that every member follows, and a proposal made
   * to it must be applied by every member.
   */
  private checkLiveness(): void {
    this.stable = true;
    this.partition = undefined;
    this.log(() => 'stable period');
    for (const node of this.nodes.values()) {
      if (node.raft === undefined) this.start(node);
    }
    const marker = `final-${this.seed}`;
    let markerIndex: number | undefined;
    const deadline = this.round + this.options.livenessRounds;
    for (; this.round < deadline; this.round++) {
      this.tickAll();
      this.deliverDue();
      this.processAllReadies();
      const members = [...confMembers(this.latestConf.confState)].map((id) => this.nodes.get(id)!);
      if (markerIndex === undefined) {
        markerIndex = this.findApplied(marker);
        if (markerIndex === undefined && this.round % 5 === 0) this.nudge(marker);
        continue;
      }
      if (members.every((n) => n.processedIndex >= markerIndex!)) {
        const rounds = this.round - (deadline - this.options.livenessRounds);
        this.stats.maxRoundsToRecover = Math.max(this.stats.maxRoundsToRecover, rounds);
        return;
      }
    }
    const states = this.ids
      .map((id) => {
        const st = this.nodes.get(id)!.raft!.status();
        return `${id}:${st.softState.raftState}/t${st.hardState.term}/lead${st.softState.lead}/c${st.hardState.commit}/a${st.applied}`;
      })
      .join(' ');
    this.fail(
      `liveness: no leader committed a proposal within ${this.options.livenessRounds} rounds of stability (marker at ${markerIndex ?? 'none'}; ${states}; conf ${JSON.stringify(this.latestConf.confState, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))})`,
    );
  }

  private findApplied(marker: string): number | undefined {
    for (const [index, key] of this.appliedEntryAt) {
      if (key.endsWith(`:normal:${marker}`)) return index;
    }
    return undefined;
  }

  /** Proposes the marker at the leader (again, if dropped), and leaves an explicit joint config. */
  private nudge(marker: string): void {
    const leader = this.currentLeader();
    if (leader === undefined) return;
    const cs = leader.confState;
    if (cs.votersOutgoing.length > 0 && !cs.autoLeave) {
      leader.raft!.proposeConfChange({ transition: 'auto', changes: [] });
    }
    const result = leader.raft!.propose(encoder.encode(marker));
    this.log(() => `propose ${marker} at ${leader.id}: ${result}`);
  }
}

function confMembers(cs: ConfState): Set<NodeId> {
  return new Set([...cs.voters, ...cs.learners, ...cs.votersOutgoing, ...cs.learnersNext]);
}

function entryKey(e: Entry): string {
  return `${e.term}:${e.type}:${decoder.decode(e.data)}`;
}

/** FNV-1a over the previous hash and the entry key: equal hashes mean equal histories. */
function chainHash(previous: number, key: string): number {
  let h = (previous ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function encodeHash(hash: number): Uint8Array {
  return encoder.encode(hash.toString(16));
}

function decodeHash(data: Uint8Array): number {
  return parseInt(decoder.decode(data), 16);
}
