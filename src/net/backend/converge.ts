// The level-triggered half of the backends: compare what the kernel has with what the leases
// call for, and change only the difference, so a sync with nothing new runs no command that
// writes, and one failed entry does not hold up the others.
import {
  clusterdRouteProtocol,
  IpCommandError,
  type IpRoute,
  type ListedRoute,
  type Route,
} from '../iproute.js';

/**
 * Makes clusterd's routes in the main table exactly `wanted`: adds the missing, replaces the
 * changed and deletes the rest of clusterd's. A route someone else added to the same destination
 * and metric is the one a replace would overwrite: it is left alone and reported in `problems`.
 */
export async function convergeRoutes(
  ip: IpRoute,
  wanted: readonly Route[],
  problems: string[],
): Promise<void> {
  const listed = await ip.routes();
  const ours = new Map<string, ListedRoute>();
  const othersAtMetric0 = new Map<string, ListedRoute>();
  for (const route of listed) {
    if (route.protocol === clusterdRouteProtocol) ours.set(route.dst, route);
    else if (route.metric === 0) othersAtMetric0.set(route.dst, route);
  }
  for (const route of wanted) {
    const current = ours.get(route.dst);
    if (current && sameRoute(current, route)) continue;
    const other = othersAtMetric0.get(route.dst);
    if (other) {
      problems.push(
        `a route to ${route.dst} that clusterd did not add (proto ${other.protocol}) is in the way of one via ${route.gateway}; leaving it`,
      );
      continue;
    }
    await attempt(problems, () => ip.replaceRoute(route));
  }
  const wantedDsts = new Set(wanted.map((route) => route.dst));
  for (const current of ours.values()) {
    if (!wantedDsts.has(current.dst)) await attempt(problems, () => ip.deleteRoute(current.dst));
  }
}

function sameRoute(listed: ListedRoute, route: Route): boolean {
  return (
    listed.gateway === route.gateway && listed.dev === route.dev && listed.onlink === route.onlink
  );
}

/** Runs one change; a failure of ip's goes to `problems` and the sync carries on with the next. */
export async function attempt(problems: string[], change: () => Promise<void>): Promise<void> {
  try {
    await change();
  } catch (err) {
    if (!(err instanceof IpCommandError)) throw err;
    problems.push(err.message);
  }
}
