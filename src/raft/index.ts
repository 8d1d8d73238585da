// The public surface of the Raft core, for the node layer and tests.
export { RawNode, type ProgressStatus, type Status } from './raw-node.js';
export type { RaftConfig, RaftLogger } from './config.js';
export type { StepResult } from './raft.js';
export {
  CompactedError,
  SnapshotOutOfDateError,
  SnapshotTemporarilyUnavailableError,
  UnavailableError,
  type InitialState,
  type Storage,
} from './storage.js';
export { MemoryStorage } from './memory-storage.js';
export { SeededRandom, type RandomSource } from './random.js';
export { decodeConfChange, describeConfChange, encodeConfChange } from './conf-change-codec.js';
export { describeConfig, type TrackerConfig } from './tracker.js';
export * from './types.js';
