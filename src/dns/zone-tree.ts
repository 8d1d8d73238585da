// The services of /skydns as a tree of labels from the root down (local -> skydns -> east ->
// rails), so that a name's whole subtree, which SkyDNS answers for it, is one walk from its node,
// and `*` or `any` in a question matches any one label on the way. Pure data: the view fills it
// from the store, tests fill it directly.
import { labelsOf, type ServiceRecord } from './records.js';

/** What the resolver reads; names are lower-case and fully qualified. */
export interface ZoneReader {
  /**
   * Every service at or below `name`, by key; `*` and `any` labels match any one label. undefined:
   * no key is at or below the name (NXDOMAIN), [] cannot happen for an existing name.
   */
  subtree(name: string): ServiceRecord[] | undefined;
  /** The services stored at exactly `name` (not below it); undefined when there are none. */
  exact(name: string): ServiceRecord[] | undefined;
}

class LabelNode {
  readonly children = new Map<string, LabelNode>();
  /** Keys that differ only in case share a node, so a node may hold more than one service. */
  readonly services = new Map<string, ServiceRecord>();

  constructor(readonly parent: LabelNode | undefined) {}
}

const wildcardLabels = new Set(['*', 'any']);

export class ZoneTree implements ZoneReader {
  private readonly root = new LabelNode(undefined);
  private readonly byKey = new Map<string, LabelNode>();

  get size(): number {
    return this.byKey.size;
  }

  /** The service held for `key`, if any. */
  get(key: string): ServiceRecord | undefined {
    return this.byKey.get(key)?.services.get(key);
  }

  set(service: ServiceRecord): void {
    this.delete(service.key);
    let node = this.root;
    for (const label of labelsOf(service.name).reverse()) {
      let child = node.children.get(label);
      if (!child) {
        child = new LabelNode(node);
        node.children.set(label, child);
      }
      node = child;
    }
    node.services.set(service.key, service);
    this.byKey.set(service.key, node);
  }

  delete(key: string): void {
    let node = this.byKey.get(key);
    if (!node) return;
    node.services.delete(key);
    this.byKey.delete(key);
    // Prune nodes left empty, so that a deleted name is NXDOMAIN again.
    while (node.parent && node.services.size === 0 && node.children.size === 0) {
      const parent: LabelNode = node.parent;
      for (const [label, child] of parent.children) {
        if (child === node) parent.children.delete(label);
      }
      node = parent;
    }
  }

  clear(): void {
    this.root.children.clear();
    this.root.services.clear();
    this.byKey.clear();
  }

  subtree(name: string): ServiceRecord[] | undefined {
    const nodes = this.match(name);
    if (nodes.length === 0) return undefined;
    const found: ServiceRecord[] = [];
    for (const node of nodes) collect(node, found);
    return found.sort(byKey);
  }

  exact(name: string): ServiceRecord[] | undefined {
    const found = this.match(name).flatMap((node) => [...node.services.values()]);
    return found.length === 0 ? undefined : found.sort(byKey);
  }

  /** The nodes a name reaches, following every child at a wildcard label. */
  private match(name: string): LabelNode[] {
    let level = [this.root];
    for (const label of labelsOf(name).reverse()) {
      const next: LabelNode[] = [];
      for (const node of level) {
        if (wildcardLabels.has(label)) next.push(...node.children.values());
        else {
          const child = node.children.get(label);
          if (child) next.push(child);
        }
      }
      if (next.length === 0) return [];
      level = next;
    }
    return level;
  }
}

function collect(node: LabelNode, into: ServiceRecord[]): void {
  for (const service of node.services.values()) into.push(service);
  for (const child of node.children.values()) collect(child, into);
}

function byKey(a: ServiceRecord, b: ServiceRecord): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
