// The WebSocket to /api/ws: first message authenticates, then state / event / whatif pushes. Reconnects on loss.
import type { Push } from './types';
import type { AppStore } from './store';

const RECONNECT_MS = 2000;

export class LiveFeed {
  private socket: WebSocket | null = null;
  private stopped = true;
  private retry: number | undefined;

  constructor(
    private readonly store: AppStore,
    private readonly token: () => string | null,
    private readonly rejected: (message: string) => void,
  ) {}

  start(): void {
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    window.clearTimeout(this.retry);
    const s = this.socket;
    this.socket = null;
    if (s && s.readyState <= WebSocket.OPEN) {
      s.close(1000, 'signed out');
    }
    this.store.setConnection('disconnected');
  }

  private connect(): void {
    const t = this.token();
    if (this.stopped || !t) {
      return;
    }
    const url = new URL('api/ws', location.href.split('#')[0]);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    this.store.setConnection('connecting');
    const socket = new WebSocket(url.toString());
    this.socket = socket;
    socket.onopen = () => socket.send(JSON.stringify({ type: 'auth', token: t }));
    socket.onmessage = (m) => this.receive(m.data);
    socket.onclose = (e) => {
      if (this.socket !== socket) {
        return;
      }
      this.socket = null;
      this.store.setConnection('disconnected');
      if (e.code === 4401) {
        this.stopped = true;
        this.rejected('The live feed refused the token: sign in again.');
        return;
      }
      if (!this.stopped) {
        this.retry = window.setTimeout(() => this.connect(), RECONNECT_MS);
      }
    };
  }

  private receive(data: unknown): void {
    if (typeof data !== 'string') {
      return;
    }
    let push: Push;
    try {
      push = JSON.parse(data) as Push;
    } catch {
      console.warn('nettwin: ignored a live message that is not JSON');
      return;
    }
    switch (push.type) {
      case 'hello':
        this.store.setConnection('live');
        break;
      case 'state':
        this.store.setConnection('live');
        this.store.setState(push.data);
        break;
      case 'event':
        this.store.eventArrived.emit(push.data);
        break;
      case 'whatif':
        this.store.jobChanged.emit(push.data);
        break;
      default:
        break;
    }
  }
}
