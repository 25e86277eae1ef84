// Events and alarms: the active alarms, a timeline of events (last hour, live pushes appended) and the event list.
import type { Page } from './page';
import { html, find } from './page';
import type { AppStore } from './store';
import { api, ApiError } from './api';
import type { Alarm, InjectedFault, TwinEvent } from './types';
import { dateTime, esc } from './format';
import { Chart, palette } from './charts';

const SEVERITIES = ['info', 'warning', 'minor', 'major', 'critical'];
const SEVERITY_COLOUR: Record<string, string> = {
  critical: '#b91c1c', major: '#ea580c', minor: '#ca8a04', warning: '#2563eb', info: '#6b7785',
};
const MAX_EVENTS = 2000;
const LIST_ROWS = 200;

export class EventsPage implements Page {
  readonly element = html(`
    <section class="page events-page" data-testid="events-page">
      <div class="card">
        <h2>Active alarms <span class="muted small" data-testid="alarm-count"></span></h2>
        <div data-testid="alarm-list"></div>
      </div>
      <div class="card">
        <h2>Timeline <span class="muted small">(last hour, live)</span></h2>
        <div class="chart timeline" data-testid="event-timeline"></div>
      </div>
      <div class="card" data-testid="fault-card" hidden>
        <h2>Faults injected into the emulated network</h2>
        <div data-testid="fault-list"></div>
      </div>
      <div class="card">
        <h2>Events <span class="muted small">newest first</span></h2>
        <p class="message" data-testid="events-message"></p>
        <div data-testid="event-list"></div>
      </div>
    </section>`);

  private events: TwinEvent[] = [];
  private readonly chart: Chart;
  private visible = false;
  private loaded = false;

  constructor(private readonly store: AppStore) {
    this.chart = new Chart(find(this.element, '@event-timeline'));
    store.eventArrived.on((e) => {
      this.events.unshift(e);
      this.events.length = Math.min(this.events.length, MAX_EVENTS);
      if (this.visible) {
        this.renderEvents();
      }
    });
    store.stateChanged.on((s) => {
      if (this.visible) {
        this.renderAlarms(s.alarms ?? []);
      }
    });
  }

  show(): void {
    this.element.hidden = false;
    this.visible = true;
    this.renderAlarms(this.store.state?.alarms ?? []);
    if (!this.loaded) {
      void this.load();
    } else {
      this.renderEvents();
    }
    if (this.store.demoMode) {
      api.faults().then((f) => this.renderFaults(f), () => undefined);
    }
  }

  hide(): void {
    this.element.hidden = true;
    this.visible = false;
  }

  private async load(): Promise<void> {
    try {
      const [events, alarms] = await Promise.all([
        api.events(new Date(Date.now() - 3600_000).toISOString(), MAX_EVENTS), api.alarms()]);
      const live = this.events;
      const seen = new Set(events.map(key));
      this.events = [...live.filter((e) => !seen.has(key(e))), ...events];
      this.loaded = true;
      this.renderAlarms(this.store.state?.alarms ?? alarms);
      this.renderEvents();
      find(this.element, '@events-message').textContent = '';
    } catch (e) {
      find(this.element, '@events-message').textContent = e instanceof ApiError ? e.message : String(e);
    }
  }

  private renderAlarms(alarms: Alarm[]): void {
    find(this.element, '@alarm-count').textContent = `(${alarms.length})`;
    const sorted = [...alarms].sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity));
    find(this.element, '@alarm-list').innerHTML = sorted.length === 0
      ? '<p class="good">No active alarm.</p>'
      : `<table class="data"><thead><tr><th>severity</th><th>element</th><th>message</th><th>raised</th></tr></thead>
        <tbody>${sorted.map((a) => `<tr data-testid="alarm"><td>${sev(a.severity)}</td><td>${esc(a.element)}</td>
          <td>${esc(a.message)}</td><td>${esc(dateTime(a.raisedAt))}</td></tr>`).join('')}</tbody></table>`;
  }

  private renderEvents(): void {
    const rows = this.events.slice(0, LIST_ROWS);
    find(this.element, '@event-list').innerHTML = rows.length === 0
      ? '<p class="muted">No event in the last hour.</p>'
      : `<table class="data"><thead><tr><th>time</th><th>severity</th><th>kind</th><th>element</th><th>message</th>
        </tr></thead><tbody>${rows.map((e) => `<tr data-testid="event"><td>${esc(dateTime(e.at))}</td>
          <td>${sev(e.severity)}</td><td>${esc(e.kind)}</td><td>${esc(e.element)}</td><td>${esc(e.message)}</td>
          </tr>`).join('')}</tbody></table>`;
    const since = Date.now() - 3600_000;
    const bySeverity = new Map<string, [number, number, string][]>();
    for (const e of this.events) {
      const t = Date.parse(e.at);
      if (t >= since) {
        const s = SEVERITIES.includes(e.severity) ? e.severity : 'info';
        const list = bySeverity.get(s) ?? [];
        list.push([t, SEVERITIES.indexOf(s), `${e.element}: ${e.message}`]);
        bySeverity.set(s, list);
      }
    }
    this.chart.set({
      animation: false,
      grid: { left: 70, right: 16, top: 10, bottom: 28 },
      tooltip: { trigger: 'item', formatter: (p: { value: [number, number, string] }) =>
        `${esc(new Date(p.value[0]).toISOString().substring(11, 19))} ${esc(p.value[2])}` },
      xAxis: { type: 'time', min: since, max: Date.now(), axisLabel: { color: palette.text } },
      yAxis: { type: 'category', data: SEVERITIES, axisLabel: { color: palette.text } },
      series: SEVERITIES.map((s) => ({ name: s, type: 'scatter', symbolSize: 9, data: bySeverity.get(s) ?? [],
        itemStyle: { color: SEVERITY_COLOUR[s] } })),
    });
  }

  private renderFaults(faults: InjectedFault[]): void {
    find(this.element, '@fault-card').hidden = false;
    find(this.element, '@fault-list').innerHTML = faults.length === 0 ? '<p class="muted">none yet</p>'
      : `<table class="data"><tbody>${[...faults].reverse().map((f) => `<tr><td>${esc(dateTime(f.at))}</td>
        <td><code>${esc(JSON.stringify(f.fault))}</code></td><td>${esc(f.by)}</td></tr>`).join('')}</tbody></table>`;
  }
}

function key(e: TwinEvent): string {
  return `${e.at}|${e.kind}|${e.element}|${e.message}`;
}

function sev(s: string): string {
  return `<span class="badge sev-${esc(s)}">${esc(s)}</span>`;
}
