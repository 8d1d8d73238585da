// A member the cluster removed stops itself, as etcd's does. It learns it one of two ways: it
// applies its own removal (etcd's shouldStop; then it waits etcd's one second, so that the answer
// to the MemberRemove and the commit of the removal reach the others, and a removed leader can
// hand over), or a peer refuses its stream as a removed member's (etcd's errMemberRemoved after a
// `410 Gone`, at once: the peer has applied the removal already). Either way it says why in
// etcd's two lines and stops its store; the agent then stops what runs on the store and the
// process ends (exit code 0, as etcd 3.4's).
import { memberRemovedText } from './raft-transport/transport.js';
import type { Disposable } from './util/lifecycle.js';
import type { Logger } from './util/log.js';
import { toHex } from './util/long.js';

/** etcd's stopWithDelay after applying its own removal. */
export const removedStopDelayMs = 1000;

export class MemberRemoval implements Disposable {
  /** Settles once the store stopped because the cluster removed this member; never otherwise. */
  readonly stopped: Promise<void>;
  private resolveStopped: () => void = () => undefined;
  private timer: NodeJS.Timeout | undefined;
  /** When the pending stop is due (Date.now() ms). */
  private dueMs = Infinity;
  private stopping = false;
  private disposed = false;
  private refusedBy: bigint | undefined;

  constructor(
    /** Stops the member's store (the server: Raft, the peer transport, pending requests). */
    private readonly stopStore: () => Promise<void>,
    private readonly logger: Logger,
  ) {
    this.stopped = new Promise((resolve) => {
      this.resolveStopped = resolve;
    });
  }

  /** The applied log says this member was removed. */
  applied(): void {
    this.schedule(removedStopDelayMs);
  }

  /** Peer `by` refused this member as removed from the cluster. */
  refused(by: bigint): void {
    this.refusedBy ??= by;
    this.schedule(0);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(delayMs: number): void {
    if (this.disposed || this.stopping) return;
    const due = Date.now() + delayMs;
    if (due >= this.dueMs) return;
    this.dueMs = due;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.stop();
    }, delayMs);
  }

  private async stop(): Promise<void> {
    if (this.disposed || this.stopping) return;
    this.stopping = true;
    this.logger.warn('server error', {
      error: memberRemovedText,
      ...(this.refusedBy !== undefined && { refusedBy: toHex(this.refusedBy) }),
    });
    this.logger.warn('data-dir used by this member must be removed');
    await this.stopStore().catch((err: unknown) => {
      this.logger.warn('stopping the removed member failed', { err });
    });
    this.resolveStopped();
  }
}
