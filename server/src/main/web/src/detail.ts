// The element detail panel beside the map: live figures of the selected node or link, its telemetry charts,
// what-if shortcuts and (demo mode, operators) fault injection.
import { html, find } from './page';
import type { AppStore, Selection } from './store';
import { api, ApiError } from './api';
import type { DirectionState, LinkState, NodeState, Series } from './types';
import { bps, clock, esc, kpi, num, pct } from './format';
import { Chart, palette, timeAxisBase } from './charts';

const RANGES: [string, number][] = [['5 min', 300], ['15 min', 900], ['1 h', 3600], ['6 h', 21600]];
const MAX_POINTS = 500;
const CHART_REFRESH_MS = 15000;
/** Metrics shown first when an element is selected (by substring, in order of preference). */
const PREFERRED = ['out-octets', 'utilisation', 'utilization', 'cpu', 'in-octets'];

export class DetailPanel {
  readonly element = html(`
    <div class="detail">
      <div class="detail-empty muted" data-testid="detail-empty">
        <h2>Nothing selected</h2>
        <p>Click a node or a link on the map to see its live figures and history, or to try a what-if
           (“what if this link failed?”).</p>
      </div>
      <div class="detail-body" data-testid="detail" hidden>
        <h2 data-testid="detail-title"></h2>
        <div class="detail-live" data-testid="detail-live"></div>
        <div class="detail-actions" data-testid="detail-actions"></div>
        <div class="detail-demo" data-testid="detail-demo" hidden></div>
        <h3>History</h3>
        <div class="range" data-testid="range-selector"></div>
        <select class="series-select" data-testid="series-select"></select>
        <div class="chart detail-chart" data-testid="detail-chart"></div>
        <p class="muted small" data-testid="chart-message"></p>
      </div>
    </div>`);

  private rangeS = 900;
  private series: Series[] = [];
  private chart: Chart;
  private timer: number | undefined;
  private visible = false;
  private loadId = 0;

  constructor(private readonly store: AppStore) {
    this.chart = new Chart(find(this.element, '@detail-chart'));
    const range = find(this.element, '@range-selector');
    for (const [label, s] of RANGES) {
      const b = html<HTMLButtonElement>(`<button type="button" class="small" data-range="${s}">${label}</button>`);
      b.addEventListener('click', () => {
        this.rangeS = s;
        this.markRange();
        void this.plot();
      });
      range.append(b);
    }
    this.markRange();
    find(this.element, '@series-select').addEventListener('change', () => void this.plot());
    store.selectionChanged.on((sel) => this.select(sel));
    store.stateChanged.on(() => this.renderLive());
    store.roleChanged.on(() => this.renderActions());
  }

  show(): void {
    this.visible = true;
    window.clearInterval(this.timer);
    this.timer = window.setInterval(() => void this.plot(), CHART_REFRESH_MS);
  }

  hide(): void {
    this.visible = false;
    window.clearInterval(this.timer);
  }

  private markRange(): void {
    for (const b of this.element.querySelectorAll<HTMLButtonElement>('[data-range]')) {
      b.classList.toggle('active', Number(b.dataset.range) === this.rangeS);
    }
  }

  private select(sel: Selection): void {
    find(this.element, '@detail-empty').hidden = sel !== null;
    find(this.element, '@detail').hidden = sel === null;
    if (!sel) {
      return;
    }
    const topo = this.store.topology;
    const name = sel.kind === 'node' ? topo?.nodes.find((n) => n.id === sel.id)?.name : undefined;
    find(this.element, '@detail-title').textContent =
      sel.kind === 'node' ? `Node ${sel.id}${name && name !== sel.id ? ` — ${name}` : ''}` : `Link ${sel.id}`;
    this.renderLive();
    this.renderActions();
    void this.loadSeries(sel);
  }

  private renderLive(): void {
    const sel = this.store.selection;
    if (!sel) {
      return;
    }
    const live = find(this.element, '@detail-live');
    if (sel.kind === 'node') {
      const n = this.store.nodeState(sel.id);
      live.innerHTML = n ? nodeFigures(n) : '<p class="muted">No live state for this node yet.</p>';
    } else {
      const l = this.store.linkState(sel.id);
      live.innerHTML = l ? linkFigures(l) : '<p class="muted">No live state for this link yet.</p>';
    }
  }

  private renderActions(): void {
    const sel = this.store.selection;
    const box = find(this.element, '@detail-actions');
    box.innerHTML = '';
    if (!sel) {
      return;
    }
    box.append(html('<h3>What if…</h3>'));
    if (sel.kind === 'link') {
      const current = this.store.topology?.links.find((l) => l.id === sel.id)?.metric ?? 10;
      box.append(button('Fail this link', 'whatif-fail-link', () =>
        this.addChange({ type: 'fail-link', link: sel.id })));
      const metric = html<HTMLInputElement>(
        `<input type="number" min="1" max="16777215" value="${current}" class="metric-input"
                data-testid="whatif-metric-value" title="new routing metric">`);
      box.append(button('Set metric to', 'whatif-set-metric', () => {
        const m = Number(metric.value);
        if (Number.isInteger(m) && m >= 1 && m <= 16777215) {
          this.addChange({ type: 'set-metric', link: sel.id, metric: m });
        } else {
          metric.setCustomValidity('a whole number from 1 to 16777215');
          metric.reportValidity();
        }
      }), metric);
    } else {
      box.append(button('Fail this node', 'whatif-fail-node', () =>
        this.addChange({ type: 'fail-node', node: sel.id })));
      box.append(button('Double traffic from here', 'whatif-scale-from', () =>
        this.addChange({ type: 'scale-traffic', factor: 2, from: sel.id })));
    }
    const count = this.store.draft.length;
    box.append(html(`<p class="small muted" data-testid="draft-count">${count === 0
      ? 'The change is added to the what-if page, where you run it.'
      : `${count} change${count > 1 ? 's' : ''} waiting — <a href="#/whatif">open the what-if page</a>`}</p>`));
    this.renderDemo(sel);
  }

  private addChange(change: Parameters<AppStore['addChange']>[0]): void {
    this.store.addChange(change);
    location.hash = '#/whatif';
  }

  private renderDemo(sel: NonNullable<Selection>): void {
    const box = find(this.element, '@detail-demo');
    box.hidden = !(this.store.demoMode && this.store.canOperate());
    box.innerHTML = '';
    if (box.hidden) {
      return;
    }
    box.append(html('<h3>Demo: inject a fault into the emulated network</h3>'));
    const say = html('<p class="small" data-testid="fault-message"></p>');
    const inject = (fault: Record<string, unknown>) => {
      say.textContent = 'injecting…';
      api.injectFault(fault).then(
        () => { say.textContent = `Injected ${String(fault.type)} — watch the map.`; },
        (e: unknown) => { say.textContent = e instanceof ApiError ? e.message : String(e); });
    };
    if (sel.kind === 'link') {
      box.append(button('Link down', 'fault-link-down', () => inject({ type: 'link-down', link: sel.id })));
      box.append(button('Link up', 'fault-link-up', () => inject({ type: 'link-up', link: sel.id })));
    } else {
      box.append(button('Traffic surge ×3 for 2 min', 'fault-surge', () =>
        inject({ type: 'surge', from: [sel.id], factor: 3, duration: 'PT2M' })));
    }
    box.append(say);
  }

  private async loadSeries(sel: NonNullable<Selection>): Promise<void> {
    const id = ++this.loadId;
    const select = find<HTMLSelectElement>(this.element, '@series-select');
    const message = find(this.element, '@chart-message');
    select.innerHTML = '';
    message.textContent = 'loading the element’s series…';
    this.series = [];
    try {
      const series = sel.kind === 'node' ? await api.series(sel.id) : await this.linkSeries(sel.id);
      if (id !== this.loadId) {
        return;
      }
      this.series = series;
      select.innerHTML = series.map((s, i) =>
        `<option value="${i}">${esc(s.entity)} · ${esc(s.metric)}${s.unit ? ` (${esc(s.unit)})` : ''}</option>`).join('');
      // the most telling metric first: PREFERRED is in order of preference, not just a set
      const preferred = PREFERRED.map((m) => series.findIndex((x) => x.metric.includes(m))).find((i) => i >= 0);
      select.value = String(preferred ?? 0);
      message.textContent = series.length === 0 ? 'No stored telemetry for this element.' : '';
      await this.plot();
    } catch (e) {
      if (id === this.loadId) {
        message.textContent = e instanceof ApiError ? e.message : String(e);
      }
    }
  }

  /**
   * A link's series: its own (LINK kind) if the store has any, else those of the interfaces at its two ends, else
   * every series of its two nodes. The ends' interfaces are found by name: a node's interfaces are eth0, eth1, …
   * in the order of its links in the topology (the emulator's convention, emulator/README.md).
   */
  private async linkSeries(id: string): Promise<Series[]> {
    const own = await api.series(id);
    const topo = this.store.topology;
    const link = topo?.links.find((l) => l.id === id);
    if (own.length > 0 || !topo || !link) {
      return own;
    }
    const ends = [link.a, link.b];
    const all = (await Promise.all(ends.map((n) => api.series(n)))).flat();
    const interfaces = new Set(ends.map((n) => {
      const index = topo.links.filter((l) => l.a === n || l.b === n).findIndex((l) => l.id === id);
      return `${n}/eth${index}`;
    }));
    const atEnds = all.filter((s) => interfaces.has(s.entity));
    return atEnds.length > 0 ? atEnds : all;
  }

  private async plot(): Promise<void> {
    if (!this.visible || this.series.length === 0) {
      if (this.series.length === 0) {
        this.chart.set({});
      }
      return;
    }
    const select = find<HTMLSelectElement>(this.element, '@series-select');
    const s = this.series[Number(select.value) || 0];
    const to = new Date();
    const from = new Date(to.getTime() - this.rangeS * 1000);
    const step = Math.max(1, Math.ceil(this.rangeS / MAX_POINTS));
    const id = this.loadId;
    try {
      const p = await api.points(s.id, from.toISOString(), to.toISOString(), step);
      if (id !== this.loadId) {
        return;
      }
      find(this.element, '@chart-message').textContent = p.points.length === 0
        ? 'No points in this range yet.' : `${p.points.length} points, one per ${step} s`;
      this.chart.set({
        ...timeAxisBase(),
        title: { text: `${s.metric}${s.unit ? ` (${s.unit})` : ''}`, textStyle: { fontSize: 12, color: palette.text } },
        series: [{ type: 'line', name: s.metric, showSymbol: false, data: p.points, lineStyle: { width: 1.5 },
          itemStyle: { color: palette.whatIf }, areaStyle: { opacity: 0.08 } }],
      });
    } catch (e) {
      find(this.element, '@chart-message').textContent = e instanceof ApiError ? e.message : String(e);
    }
  }
}

function button(label: string, testId: string, onClick: () => void): HTMLButtonElement {
  const b = html<HTMLButtonElement>(`<button type="button" class="small" data-testid="${testId}">${esc(label)}</button>`);
  b.addEventListener('click', onClick);
  return b;
}

function statusBadge(status: string): string {
  return `<span class="badge status-${esc(status)}" data-testid="detail-status">${esc(status)}</span>`;
}

function nodeFigures(n: NodeState): string {
  const kpis = Object.entries(n.kpis ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return `
    <p>${statusBadge(n.status)} <span class="muted">${esc(n.kind)} · last heard ${esc(clock(n.lastSeen))}</span></p>
    ${kpis.length === 0 ? '<p class="muted">No KPIs reported.</p>' : `<table class="figures"><tbody>${kpis.map(([k, v]) =>
      `<tr><th>${esc(k)}</th><td>${esc(kpi(k, v))}</td></tr>`).join('')}</tbody></table>`}`;
}

function linkFigures(l: LinkState): string {
  const row = (d: DirectionState | undefined) => d ? `<tr><th>${esc(d.from)} → ${esc(d.to)}</th>
      <td>${esc(bps(d.rateBps))}</td><td>${esc(pct(d.utilisation))}</td><td>${esc(pct(d.predictedUtilisation))}</td>
      <td>${esc(pct(d.lossRatio, 2))}</td><td>${esc(num(d.dropsPerSecond, 1))}</td></tr>` : '';
  return `
    <p>${statusBadge(l.status)} <span class="muted">${esc(l.a)} ↔ ${esc(l.b)} · capacity ${esc(bps(l.capacityBps))}
       · metric ${esc(l.metric)}</span></p>
    <table class="figures directions"><thead><tr><th>direction</th><th>rate</th><th>util.</th><th>predicted</th>
      <th>loss</th><th>drops/s</th></tr></thead><tbody>${row(l.ab)}${row(l.ba)}</tbody></table>`;
}
