// Twin fidelity: how well the twin's model predicts what the network measures; and the traffic-matrix estimate.
import type { Page } from './page';
import { html, find } from './page';
import { api, ApiError } from './api';
import type { Fidelity, TrafficMatrix } from './types';
import type { AppStore } from './store';
import { bps, dateTime, esc, num, pct } from './format';
import { Chart, palette, timeAxisBase } from './charts';

const REFRESH_MS = 10000;
const TOP_PAIRS = 15;
const MAX_P90 = 5000;

export class FidelityPage implements Page {
  readonly element = html(`
    <section class="page fidelity-page" data-testid="fidelity-page">
      <div class="card">
        <h2>Twin fidelity</h2>
        <p class="muted small">The twin predicts every link's utilisation from its own traffic-matrix estimate and
          routing; fidelity compares that with what the network measures. Score 100 % = perfect agreement.</p>
        <div class="fidelity-figures" data-testid="fidelity-figures"></div>
        <div class="chart" data-testid="fidelity-chart"></div>
        <h3>Worst elements</h3>
        <div data-testid="fidelity-worst"></div>
        <p class="message" data-testid="fidelity-message"></p>
      </div>
      <div class="card">
        <h2>Traffic-matrix estimate</h2>
        <p class="muted small">Origin–destination traffic the twin infers from link loads (tomogravity).</p>
        <div data-testid="matrix-figures"></div>
        <div class="chart" data-testid="matrix-chart"></div>
      </div>
    </section>`);

  private readonly history: Chart;
  private readonly pairs: Chart;
  private timer: number | undefined;
  /** The p90 error of each estimate seen in the live state since sign-in (the API keeps only the mean's history). */
  private readonly p90: [number, number][] = [];

  constructor(store: AppStore) {
    this.history = new Chart(find(this.element, '@fidelity-chart'));
    this.pairs = new Chart(find(this.element, '@matrix-chart'));
    store.stateChanged.on((s) => {
      const f = s.fidelity;
      const t = f ? Date.parse(f.at) : NaN;
      if (f && Number.isFinite(t) && (this.p90.length === 0 || this.p90[this.p90.length - 1][0] < t)) {
        this.p90.push([t, f.p90AbsoluteError]);
        this.p90.splice(0, Math.max(0, this.p90.length - MAX_P90));
      }
    });
  }

  show(): void {
    this.element.hidden = false;
    void this.load();
    window.clearInterval(this.timer);
    this.timer = window.setInterval(() => void this.load(), REFRESH_MS);
  }

  hide(): void {
    this.element.hidden = true;
    window.clearInterval(this.timer);
  }

  private async load(): Promise<void> {
    const message = find(this.element, '@fidelity-message');
    try {
      const [fidelity, matrix] = await Promise.all([api.fidelity(), api.trafficMatrix()]);
      this.renderFidelity(fidelity.current, fidelity.history);
      this.renderMatrix(matrix);
      message.textContent = '';
    } catch (e) {
      message.textContent = e instanceof ApiError ? e.message : String(e);
    }
  }

  private renderFidelity(f: Fidelity | null, history: [number, number][]): void {
    find(this.element, '@fidelity-figures').innerHTML = f === null
      ? '<p class="muted">No estimate yet: the twin needs a few seconds of telemetry first.</p>'
      : `<div class="big-figures">
          <div><span class="big ${f.drifting ? 'bad' : 'good'}" data-testid="fidelity-score">${esc(pct(f.score, 0))}</span>
            <span class="muted">score${f.drifting ? ' · <b class="bad">drifting</b>' : ''}</span></div>
          <div><span class="big">${esc(pct(f.meanAbsoluteError))}</span><span class="muted">mean error (utilisation points)</span></div>
          <div><span class="big">${esc(pct(f.p90AbsoluteError))}</span><span class="muted">p90 error</span></div>
          <div><span class="big">${esc(f.elements)}</span><span class="muted">elements compared</span></div>
        </div><p class="muted small">as of ${esc(dateTime(f.at))}</p>`;
    this.history.set({
      ...timeAxisBase(),
      legend: { data: ['mean error', 'p90 error (live, since sign-in)'], top: 0 },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => `${(v * 100).toFixed(v < 0.1 ? 1 : 0)} %` },
        splitLine: { lineStyle: { color: palette.grid } } },
      series: [
        { name: 'mean error', type: 'line', showSymbol: false, data: history, itemStyle: { color: palette.whatIf } },
        { name: 'p90 error (live, since sign-in)', type: 'line', showSymbol: false, data: [...this.p90],
          itemStyle: { color: palette.bad }, lineStyle: { type: 'dashed' } },
      ],
    });
    const worst = f?.worst ?? [];
    find(this.element, '@fidelity-worst').innerHTML = worst.length === 0 ? '<p class="muted">–</p>'
      : `<table class="data"><thead><tr><th>element</th><th>measured</th><th>predicted</th><th>error</th></tr></thead>
        <tbody>${worst.map((w) => `<tr><td>${esc(w.element)}</td><td>${esc(pct(w.measured))}</td>
          <td>${esc(pct(w.predicted))}</td><td>${esc(pct(w.error))}</td></tr>`).join('')}</tbody></table>`;
  }

  private renderMatrix(m: TrafficMatrix): void {
    const e = m.estimate;
    find(this.element, '@matrix-figures').innerHTML = e === null
      ? '<p class="muted">No estimate yet.</p>'
      : `<p>${esc(e.pairs)} pairs · total ${esc(bps(e.totalBps))} · load residual ${esc(num(e.loadResidual, 3))}
         · <span class="muted">${esc(dateTime(e.at))}</span></p>`;
    const top = [...(m.pairs ?? [])].sort((a, b) => b.rateBps - a.rateBps).slice(0, TOP_PAIRS);
    find(this.element, '@matrix-chart').style.height = `${Math.max(120, 30 + top.length * 20)}px`;
    this.pairs.set({
      animation: false,
      grid: { left: 160, right: 24, top: 10, bottom: 24 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => bps(Number(v)) },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => bps(v) } },
      yAxis: { type: 'category', inverse: true, data: top.map((p) => `${p.from} → ${p.to}`),
        axisLabel: { fontSize: 10, width: 150, overflow: 'truncate' } },
      series: [{ type: 'bar', data: top.map((p) => p.rateBps), itemStyle: { color: palette.whatIf } }],
    });
  }
}
