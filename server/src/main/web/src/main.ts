// The dashboard's entry point: sign-in, the shell (top bar + tabs), hash routing and the live feed.
import './style.css';
import { api, ApiError, clearToken, setToken, token, whenUnauthorized } from './api';
import { AppStore, installTestHooks } from './store';
import { LiveFeed } from './live';
import { LoginScreen } from './login';
import { TopBar } from './topbar';
import { MapPage } from './map';
import { WhatIfPage } from './whatif';
import { EventsPage } from './events';
import { FidelityPage } from './fidelity';
import type { Page } from './page';
import { html } from './page';

const TOPOLOGY_RETRY_MS = 10_000;
const TABS: [string, string][] = [['map', 'Map'], ['whatif', 'What-if'], ['events', 'Events & alarms'],
  ['fidelity', 'Fidelity']];

class Dashboard {
  private readonly store = new AppStore();
  private readonly live = new LiveFeed(this.store, token, (m) => this.signOut(m));
  private readonly login = new LoginScreen((t) => void this.signIn(t));
  private readonly shell = html(`<div class="shell" data-testid="shell" hidden></div>`);
  private readonly nav = html(`<nav class="tabs" data-testid="tabs"></nav>`);
  private readonly pages: Record<string, Page>;
  private current: Page | null = null;
  private started = false;
  private topologyFetched = 0;

  constructor(root: HTMLElement) {
    this.pages = {
      map: new MapPage(this.store),
      whatif: new WhatIfPage(this.store),
      events: new EventsPage(this.store),
      fidelity: new FidelityPage(this.store),
    };
    const top = new TopBar(this.store, () => this.signOut('Signed out.'));
    this.nav.innerHTML = TABS.map(([id, label]) => `<a href="#/${id}" data-tab="${id}" data-testid="tab-${id}">${label}</a>`)
      .join('');
    const main = html('<main class="pages"></main>');
    for (const p of Object.values(this.pages)) {
      p.element.hidden = true;
      main.append(p.element);
    }
    this.shell.append(top.element, this.nav, main);
    root.append(this.login.element, this.shell);
    installTestHooks(this.store);
    whenUnauthorized((m) => this.signOut(`Not signed in: ${m}`));
    this.store.stateChanged.on((s) => this.followTopology(s.nodes.length, s.links.length));
    window.addEventListener('hashchange', () => {
      if (this.takeTokenFromFragment()) {
        this.live.stop();
        this.started = false;
        void this.signIn(token() ?? '');
      } else {
        this.route();
      }
    });
  }

  async boot(): Promise<void> {
    this.takeTokenFromFragment();
    const t = token();
    if (t) {
      await this.signIn(t);
    } else {
      this.showLogin('');
    }
  }

  /** A token in the URL fragment (#token=...) is stored and removed from the address bar (and the history). */
  private takeTokenFromFragment(): boolean {
    const fragment = /(?:^#|&)token=([^&]+)/.exec(location.hash);
    if (!fragment) {
      return false;
    }
    setToken(decodeURIComponent(fragment[1]));
    history.replaceState(null, '', `${location.pathname}${location.search}#/map`);
    return true;
  }

  private async signIn(t: string): Promise<void> {
    setToken(t);
    try {
      const { role } = await api.whoami();
      this.store.setRole(role);
      this.login.hide();
      this.shell.hidden = false;
      await this.start();
    } catch (e) {
      clearToken();
      const message = e instanceof ApiError && e.status === 401
        ? 'That token is not known to this server. Check it and try again.'
        : e instanceof ApiError ? e.message : String(e);
      this.showLogin(message);
    }
  }

  private async start(): Promise<void> {
    this.started = true;
    this.topologyFetched = 0;
    if (!location.hash.startsWith('#/') || location.hash === '#/login') {
      history.replaceState(null, '', '#/map');
    }
    this.route();
    this.live.start();
    const [topology, state] = await Promise.allSettled([api.topology(), api.state()]);
    if (topology.status === 'fulfilled') {
      this.store.setTopology(topology.value);
    }
    if (state.status === 'fulfilled' && this.store.stateCount === 0) {
      this.store.setState(state.value);
    }
    if (this.store.canOperate()) {
      // demo mode: the fault list exists only when the server runs an emulated network (404 otherwise)
      api.faults().then(() => {
        this.store.demoMode = true;
        this.store.select(this.store.selection);
      }, () => undefined);
    }
  }

  /** When the live state no longer has the topology's element counts, the network changed: fetch it again. */
  private followTopology(nodes: number, links: number): void {
    const t = this.store.topology;
    const now = Date.now();
    if (!t || (t.nodes.length === nodes && t.links.length === links) || now - this.topologyFetched < TOPOLOGY_RETRY_MS) {
      return;
    }
    this.topologyFetched = now;
    api.topology().then((fresh) => {
      const ids = (x: typeof t) => JSON.stringify([x.nodes.map((n) => n.id), x.links.map((l) => l.id)]);
      if (ids(fresh) !== ids(t)) {
        this.store.setTopology(fresh);
      } else {
        this.topologyFetched = Number.POSITIVE_INFINITY; // the state simply counts differently: stop asking
      }
    }, () => undefined);
  }

  private signOut(message: string): void {
    this.live.stop();
    clearToken();
    this.store.setRole(null);
    this.started = false;
    this.showLogin(message);
  }

  private showLogin(message: string): void {
    this.current?.hide();
    this.current = null;
    this.shell.hidden = true;
    this.login.show(message);
  }

  private route(): void {
    if (!this.started) {
      return;
    }
    const parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
    const id = parts[0] in this.pages ? parts[0] : 'map';
    const page = this.pages[id];
    for (const a of this.nav.querySelectorAll<HTMLAnchorElement>('a')) {
      a.classList.toggle('active', a.dataset.tab === id);
    }
    if (this.current !== page) {
      this.current?.hide();
      this.current = page;
    }
    page.show(parts.slice(1));
  }
}

const root = document.getElementById('app');
if (root) {
  void new Dashboard(root).boot();
}
