// The top bar: network name, KPIs, live indicator, clock of the last state, role, sign out.
import { html, find } from './page';
import type { AppStore } from './store';
import { clock, esc, pct } from './format';
import type { TwinState } from './types';

export class TopBar {
  readonly element = html(`
    <header class="topbar">
      <div class="brand"><span class="logo">◉</span> nettwin
        <span class="network" data-testid="network-name" title="network"></span></div>
      <div class="kpis" data-testid="kpis"></div>
      <div class="status">
        <span class="live conn-disconnected" data-testid="live-indicator" title="live feed">disconnected</span>
        <span class="clock" data-testid="last-state-clock" title="time of the last twin state">–</span>
        <span class="role" data-testid="role"></span>
        <button class="link-button" data-testid="sign-out" type="button">Sign out</button>
      </div>
    </header>`);

  constructor(private readonly store: AppStore, signOut: () => void) {
    find(this.element, '@sign-out').addEventListener('click', signOut);
    store.stateChanged.on((s) => this.render(s));
    store.topologyChanged.on((t) => {
      find(this.element, '@network-name').textContent = t.network;
    });
    store.connectionChanged.on((c) => {
      const e = find(this.element, '@live-indicator');
      e.className = `live conn-${c}`;
      e.textContent = c;
    });
    store.roleChanged.on((r) => {
      find(this.element, '@role').textContent = r ?? '';
    });
  }

  private render(s: TwinState): void {
    find(this.element, '@network-name').textContent = s.network || this.store.topology?.network || '';
    find(this.element, '@last-state-clock').textContent = clock(s.at);
    const util = s.links.flatMap((l) => [l.ab?.utilisation, l.ba?.utilisation])
      .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    const max = s.kpis?.max_link_utilisation ?? (util.length ? Math.max(...util) : null);
    const mean = s.kpis?.mean_link_utilisation ?? (util.length ? util.reduce((a, b) => a + b, 0) / util.length : null);
    const linksDown = s.links.filter((l) => l.status === 'DOWN').length;
    const nodesDown = s.nodes.filter((n) => n.status === 'DOWN').length;
    const score = s.fidelity?.score;
    const items: [string, string, string, string][] = [
      ['Max link util.', pct(max), max !== null && max >= 0.8 ? 'bad' : '', 'kpi-max-util'],
      ['Mean link util.', pct(mean), '', 'kpi-mean-util'],
      ['Links down', String(linksDown), linksDown > 0 ? 'bad' : '', 'kpi-links-down'],
      ['Nodes down', String(nodesDown), nodesDown > 0 ? 'bad' : '', 'kpi-nodes-down'],
      ['Fidelity', score === undefined ? '–' : pct(score, 0), s.fidelity?.drifting ? 'bad' : '', 'kpi-fidelity'],
    ];
    find(this.element, '@kpis').innerHTML = items.map(([label, value, cls, id]) =>
      `<div class="kpi ${cls}"><span class="kpi-value" data-testid="${id}">${esc(value)}</span>`
      + `<span class="kpi-label">${esc(label)}</span></div>`).join('');
  }
}
