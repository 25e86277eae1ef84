// One engine's outcome of a what-if: headline, broken SLAs, link utilisation baseline vs what-if (chart + table of
// the links that changed), and the flows whose delay, loss or throughput changed.
import { html, find } from './page';
import type { EngineOutcome, FlowOutcome, LinkOutcome, SlaBreach } from './types';
import { bps, esc, pct, seconds } from './format';
import { Chart, palette } from './charts';

const UTIL_CHANGE = 0.005;
const CHART_LINKS = 20;
const TABLE_ROWS = 50;

/** The outcome's view and its chart (dispose the chart when the view is replaced). */
export function renderOutcome(o: EngineOutcome): { element: HTMLElement; chart: Chart } {
  const changedLinks = o.links
    .filter((l) => linkChanged(l))
    .sort((x, y) => Math.abs(delta(y.whatIfUtilisation, y.baselineUtilisation))
      - Math.abs(delta(x.whatIfUtilisation, x.baselineUtilisation)));
  const changedFlows = o.flows.filter(flowChanged);
  const e = html(`
    <div class="card outcome" data-testid="outcome-${esc(o.engine)}">
      <h3>${o.engine === 'flow' ? 'Flow-level estimate (instant)' : 'Packet-level simulation'}</h3>
      <ul class="headline" data-testid="outcome-headline">${o.headline.map((h) => `<li>${esc(h)}</li>`).join('')}</ul>
      ${breaches(o.slaBreaches)}
      <h4>Link utilisation: baseline vs what-if <span class="muted small">(${changedLinks.length} of ${o.links.length}
        link directions changed)</span></h4>
      <div class="chart outcome-chart" data-testid="outcome-chart"></div>
      ${linkTable(changedLinks)}
      <h4>Flows <span class="muted small">(${changedFlows.length} of ${o.flows.length} changed)</span></h4>
      ${flowTable(changedFlows)}
    </div>`);
  const shown = changedLinks.length > 0 ? changedLinks.slice(0, CHART_LINKS)
    : [...o.links].sort((x, y) => (y.whatIfUtilisation ?? 0) - (x.whatIfUtilisation ?? 0)).slice(0, CHART_LINKS);
  const chart = new Chart(find(e, '@outcome-chart'));
  chart.set({
    animation: false,
    grid: { left: 140, right: 24, top: 30, bottom: 24 },
    legend: { data: ['baseline', 'what-if'], top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => pct(Number(v)) },
    xAxis: { type: 'value', max: (v: { max: number }) => Math.max(1, v.max),
      axisLabel: { formatter: (v: number) => `${Math.round(v * 100)} %` } },
    yAxis: { type: 'category', inverse: true, data: shown.map((l) => `${l.from} → ${l.to}`),
      axisLabel: { fontSize: 10, width: 130, overflow: 'truncate' } },
    series: [
      { name: 'baseline', type: 'bar', data: shown.map((l) => l.baselineUtilisation), itemStyle: { color: palette.baseline } },
      { name: 'what-if', type: 'bar', data: shown.map((l) => l.whatIfUtilisation), itemStyle: { color: palette.whatIf },
        markLine: { symbol: 'none', silent: true, label: { show: false }, lineStyle: { color: palette.bad, type: 'dashed' },
          data: [{ xAxis: 1 }] } },
    ],
  });
  find(e, '@outcome-chart').style.height = `${Math.max(160, 40 + shown.length * 22)}px`;
  return { element: e, chart };
}

function delta(a: number | null, b: number | null): number {
  return (a ?? 0) - (b ?? 0);
}

function linkChanged(l: LinkOutcome): boolean {
  return Math.abs(delta(l.whatIfUtilisation, l.baselineUtilisation)) >= UTIL_CHANGE
    || (l.baselineUtilisation === null) !== (l.whatIfUtilisation === null)
    || Math.abs(delta(l.whatIfDropped, l.baselineDropped)) > 0;
}

function relChanged(a: number | null, b: number | null): boolean {
  if ((a === null) !== (b === null)) {
    return true;
  }
  if (a === null || b === null) {
    return false;
  }
  return Math.abs(a - b) > 1e-3 * Math.max(Math.abs(a), Math.abs(b), 1e-9);
}

function flowChanged(f: FlowOutcome): boolean {
  return relChanged(f.whatIfDelayS, f.baselineDelayS) || relChanged(f.whatIfLossRatio, f.baselineLossRatio)
    || relChanged(f.whatIfThroughputBps, f.baselineThroughputBps);
}

function breaches(list: SlaBreach[]): string {
  if (list.length === 0) {
    return '<p class="good" data-testid="sla-ok">No slice SLA is broken.</p>';
  }
  const target = (b: SlaBreach, v: number) => b.target === 'latency' ? seconds(v) : b.target === 'loss' ? pct(v, 2) : bps(v);
  return `<div class="sla-breaches" data-testid="sla-breaches"><h4>Broken SLAs (${list.length})</h4><table>
    <thead><tr><th>slice</th><th>flow</th><th>target</th><th>limit</th><th>predicted</th><th></th></tr></thead><tbody>
    ${list.map((b) => `<tr class="${b.alreadyInBaseline ? '' : 'bad'}"><td>${esc(b.slice)}</td><td>${esc(b.flow)}</td>
      <td>${esc(b.target)}</td><td>${esc(target(b, b.limit))}</td><td>${esc(target(b, b.predicted))}</td>
      <td>${b.alreadyInBaseline ? 'already broken in the baseline' : '<b>new</b>'}</td></tr>`).join('')}
    </tbody></table></div>`;
}

function change(a: number | null, b: number | null, fmt: (v: number | null) => string, worseWhenUp: boolean): string {
  const d = delta(b, a);
  const cls = a === null || b === null || Math.abs(d) < 1e-12 ? '' : (d > 0) === worseWhenUp ? 'bad' : 'good';
  return `<td>${esc(fmt(a))}</td><td class="${cls}">${esc(fmt(b))}</td>`;
}

function linkTable(links: LinkOutcome[]): string {
  if (links.length === 0) {
    return '<p class="muted">No link’s utilisation changed.</p>';
  }
  return `<table class="data" data-testid="outcome-links"><thead><tr><th>link</th><th>direction</th>
    <th>baseline util.</th><th>what-if util.</th><th>baseline dropped</th><th>what-if dropped</th></tr></thead><tbody>
    ${links.slice(0, TABLE_ROWS).map((l) => `<tr><td>${esc(l.id)}</td><td>${esc(l.from)} → ${esc(l.to)}</td>
      ${change(l.baselineUtilisation, l.whatIfUtilisation, (v) => pct(v), true)}
      ${change(l.baselineDropped, l.whatIfDropped, (v) => v === null ? '–' : v.toPrecision(3), true)}</tr>`).join('')}
    </tbody></table>${links.length > TABLE_ROWS ? `<p class="muted small">…and ${links.length - TABLE_ROWS} more</p>` : ''}`;
}

function flowTable(flows: FlowOutcome[]): string {
  if (flows.length === 0) {
    return '<p class="muted">No flow changed.</p>';
  }
  return `<table class="data" data-testid="outcome-flows"><thead><tr><th>flow</th><th>delay</th><th>what-if</th>
    <th>loss</th><th>what-if</th><th>throughput</th><th>what-if</th></tr></thead><tbody>
    ${flows.slice(0, TABLE_ROWS).map((f) => `<tr><td>${esc(f.id)}</td>
      ${change(f.baselineDelayS, f.whatIfDelayS, seconds, true)}
      ${change(f.baselineLossRatio, f.whatIfLossRatio, (v) => pct(v, 2), true)}
      ${change(f.baselineThroughputBps, f.whatIfThroughputBps, bps, false)}</tr>`).join('')}
    </tbody></table>${flows.length > TABLE_ROWS ? `<p class="muted small">…and ${flows.length - TABLE_ROWS} more</p>` : ''}`;
}
