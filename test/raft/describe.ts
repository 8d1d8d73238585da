// Text renderings of Raft values for golden files and failure messages, close to etcd-io/raft's
// so that its scripts read the same.
import {
  decodeConfChange,
  describeConfChange,
  type Entry,
  type Message,
  type Ready,
  type Snapshot,
} from '../../src/raft/index.js';

const decoder = new TextDecoder();

export function describeEntry(e: Entry): string {
  if (e.type === 'conf-change') {
    return `${e.term}/${e.index} EntryConfChange ${describeConfChange(decodeConfChange(e.data))}`;
  }
  return `${e.term}/${e.index} EntryNormal ${JSON.stringify(decoder.decode(e.data))}`;
}

export function describeEntries(ents: readonly Entry[]): string {
  return ents.map(describeEntry).join(', ');
}

export function describeSnapshot(s: Snapshot): string {
  const cs = s.metadata.confState;
  let text = `Index:${s.metadata.index} Term:${s.metadata.term} ConfState:Voters:[${cs.voters.join(' ')}]`;
  if (cs.votersOutgoing.length > 0) text += ` VotersOutgoing:[${cs.votersOutgoing.join(' ')}]`;
  text += ` Learners:[${cs.learners.join(' ')}]`;
  if (cs.learnersNext.length > 0) text += ` LearnersNext:[${cs.learnersNext.join(' ')}]`;
  if (cs.autoLeave) text += ' AutoLeave:true';
  return text;
}

export function describeMessage(m: Message): string {
  let text = `${m.from}->${m.to} ${m.type} Term:${m.term} Log:${m.logTerm}/${m.index}`;
  if (m.reject) text += ` Rejected (Hint: ${m.rejectHint})`;
  if (m.commit !== 0) text += ` Commit:${m.commit}`;
  if (m.entries.length > 0) text += ` Entries:[${describeEntries(m.entries)}]`;
  if (m.context !== undefined && m.context.length > 0) {
    text += ` Context:${JSON.stringify(decoder.decode(m.context))}`;
  }
  if (m.snapshot !== undefined) text += ` Snapshot: ${describeSnapshot(m.snapshot)}`;
  return text;
}

const stateNames = {
  follower: 'StateFollower',
  'pre-candidate': 'StatePreCandidate',
  candidate: 'StateCandidate',
  leader: 'StateLeader',
} as const;

export function describeRaftState(state: keyof typeof stateNames): string {
  return stateNames[state];
}

export function describeReady(rd: Ready): string {
  const lines: string[] = [`Ready MustSync=${rd.mustSync}:`];
  if (rd.softState !== undefined) {
    lines.push(`Lead:${rd.softState.lead} State:${describeRaftState(rd.softState.raftState)}`);
  }
  if (rd.hardState !== undefined) {
    const hs = rd.hardState;
    lines.push(`HardState Term:${hs.term} Vote:${hs.vote} Commit:${hs.commit}`);
  }
  if (rd.entries.length > 0) {
    lines.push('Entries:', ...rd.entries.map(describeEntry));
  }
  if (rd.snapshot !== undefined) lines.push(`Snapshot ${describeSnapshot(rd.snapshot)}`);
  if (rd.committedEntries.length > 0) {
    lines.push('CommittedEntries:', ...rd.committedEntries.map(describeEntry));
  }
  if (rd.messages.length > 0) lines.push('Messages:', ...rd.messages.map(describeMessage));
  if (rd.readStates.length > 0) {
    lines.push(
      'ReadStates:',
      ...rd.readStates.map(
        (rs) => `Index:${rs.index} RequestCtx:${JSON.stringify(decoder.decode(rs.requestCtx))}`,
      ),
    );
  }
  return lines.join('\n');
}
