// What still keeps the process alive: for the entry point's last word, when a command that
// returned did not let the process end (a leaked handle is a bug, and this names it).
import { Socket } from 'node:net';

/** The active resources (as Node names them) and each open TCP connection's addresses. */
export function openHandles(): { resources: string[]; sockets: string[] } {
  // _getActiveHandles is undocumented, but stable since Node 0.x: the handle objects themselves.
  const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
  const sockets = handles
    .filter((h): h is Socket => h instanceof Socket && h.remotePort !== undefined)
    .map(
      (s) =>
        `${s.localAddress ?? '?'}:${s.localPort ?? '?'} -> ${s.remoteAddress ?? '?'}:${s.remotePort ?? '?'}`,
    );
  return { resources: process.getActiveResourcesInfo(), sockets };
}
