// The dashboard's shared state: who is signed in, the topology, the latest twin state, and listeners.
import type { Role, Topology, TwinEvent, TwinState, WhatIfJob, Change, LinkState, NodeState } from './types';

type Listener<T> = (value: T) => void;

class Channel<T> {
  private readonly listeners = new Set<Listener<T>>();

  on(listener: Listener<T>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(value: T): void {
    for (const l of [...this.listeners]) {
      try {
        l(value);
      } catch (e) {
        // one broken view must not stop the others; a warning, not an error, keeps the console usable
        console.warn('nettwin: a view failed to update', e);
      }
    }
  }
}

export type Connection = 'connecting' | 'live' | 'disconnected';

export type Selection = { kind: 'node'; id: string } | { kind: 'link'; id: string } | null;

export class AppStore {
  role: Role | null = null;
  topology: Topology | null = null;
  state: TwinState | null = null;
  stateCount = 0;
  /** Per element ("link:id" / "node:id"): its status in the last state and when the page first rendered it. */
  private readonly statuses = new Map<string, { status: string; since: number }>();
  connection: Connection = 'disconnected';
  selection: Selection = null;
  demoMode = false;
  /** Changes picked on the map for the next what-if. */
  readonly draft: Change[] = [];

  readonly stateChanged = new Channel<TwinState>();
  readonly topologyChanged = new Channel<Topology>();
  readonly connectionChanged = new Channel<Connection>();
  readonly eventArrived = new Channel<TwinEvent>();
  readonly jobChanged = new Channel<WhatIfJob>();
  readonly selectionChanged = new Channel<Selection>();
  readonly draftChanged = new Channel<Change[]>();
  readonly roleChanged = new Channel<Role | null>();

  setState(state: TwinState): void {
    this.state = state;
    this.stateCount++;
    this.stateChanged.emit(state);
    const now = Date.now();
    const note = (key: string, status: string) => {
      if (this.statuses.get(key)?.status !== status) {
        this.statuses.set(key, { status, since: now });
      }
    };
    state.links.forEach((l) => note(`link:${l.id}`, l.status));
    state.nodes.forEach((n) => note(`node:${n.id}`, n.status));
  }

  /** When (Date.now()) the page first rendered the element's current status, or null if it has none. */
  statusSince(kind: 'node' | 'link', id: string): number | null {
    return this.statuses.get(`${kind}:${id}`)?.since ?? null;
  }

  setTopology(topology: Topology): void {
    this.topology = topology;
    this.topologyChanged.emit(topology);
  }

  setConnection(connection: Connection): void {
    if (connection !== this.connection) {
      this.connection = connection;
      this.connectionChanged.emit(connection);
    }
  }

  setRole(role: Role | null): void {
    this.role = role;
    this.roleChanged.emit(role);
  }

  select(selection: Selection): void {
    this.selection = selection;
    this.selectionChanged.emit(selection);
  }

  addChange(change: Change): void {
    this.draft.push(change);
    this.draftChanged.emit(this.draft);
  }

  removeChange(index: number): void {
    this.draft.splice(index, 1);
    this.draftChanged.emit(this.draft);
  }

  clearDraft(): void {
    this.draft.length = 0;
    this.draftChanged.emit(this.draft);
  }

  canOperate(): boolean {
    return this.role === 'operator' || this.role === 'admin';
  }

  linkState(id: string): LinkState | undefined {
    return this.state?.links.find((l) => l.id === id);
  }

  nodeState(id: string): NodeState | undefined {
    return this.state?.nodes.find((n) => n.id === id);
  }
}

/** Read-only facts for browser tests (the map is drawn on a canvas, so tests cannot read it from the DOM). */
export interface TestHooks {
  nodeIds(): string[];
  linkIds(): string[];
  readonly stateCount: number;
  readonly lastStateAt: string | null;
  readonly connection: Connection;
  readonly role: Role | null;
  readonly route: string;
  linkStatus(id: string): string | null;
  nodeStatus(id: string): string | null;
  linkUtilisation(id: string): number | null;
  /** Date.now() when the page first rendered the element's current status (measures fault → dashboard). */
  statusSince(kind: 'node' | 'link', id: string): number | null;
  select(kind: 'node' | 'link', id: string): void;
}

export function installTestHooks(store: AppStore): void {
  const hooks: TestHooks = {
    nodeIds: () => (store.topology?.nodes ?? []).map((n) => n.id),
    linkIds: () => (store.topology?.links ?? []).map((l) => l.id),
    get stateCount() {
      return store.stateCount;
    },
    get lastStateAt() {
      return store.state?.at ?? null;
    },
    get connection() {
      return store.connection;
    },
    get role() {
      return store.role;
    },
    get route() {
      return location.hash || '#/';
    },
    linkStatus: (id) => store.linkState(id)?.status ?? null,
    nodeStatus: (id) => store.nodeState(id)?.status ?? null,
    linkUtilisation: (id) => {
      const l = store.linkState(id);
      if (!l) {
        return null;
      }
      const u = [l.ab?.utilisation, l.ba?.utilisation].filter((v): v is number => typeof v === 'number');
      return u.length ? Math.max(...u) : null;
    },
    statusSince: (kind, id) => store.statusSince(kind, id),
    select: (kind, id) => store.select({ kind, id }),
  };
  Object.defineProperty(window, '__nettwin', { value: Object.freeze(hooks), configurable: true });
}
