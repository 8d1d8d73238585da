// Typed events: a listener is registered on one named property, never by a string.
import type { Disposable } from '../util/lifecycle.js';

export type Listener<T> = (value: T) => void;

/** Subscribes a listener; dispose the result to unsubscribe. */
export type Event<T> = (listener: Listener<T>) => Disposable;

export class Emitter<T> {
  private readonly listeners = new Set<Listener<T>>();

  readonly event: Event<T> = (listener) => {
    this.listeners.add(listener);
    return {
      dispose: () => {
        this.listeners.delete(listener);
      },
    };
  };

  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }

  clear(): void {
    this.listeners.clear();
  }
}
