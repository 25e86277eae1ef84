// The what-if page: compose changes (from the map or the form), pick the baseline, run, and compare
// baseline vs what-if per link and per flow; the packet-level job's progress; the list of past jobs.
import type { Page } from './page';
import { html, find } from './page';
import type { AppStore } from './store';
import { api, ApiError } from './api';
import type { Change, ChangeType, EngineOutcome, WhatIfJob, WhatIfRequest } from './types';
import { dateTime, esc, pct } from './format';
import { renderOutcome } from './outcome';

const POLL_MS = 2000;

export function describeChange(c: Change): string {
  switch (c.type) {
    case 'fail-link': return `fail link ${c.link}`;
    case 'fail-node': return `fail node ${c.node}`;
    case 'set-metric': return `set metric of ${c.link} to ${c.metric}`;
    case 'scale-traffic': {
      const scope = [c.from ? `from ${c.from}` : '', c.to ? `to ${c.to}` : ''].filter(Boolean).join(' ');
      return `scale traffic ×${c.factor}${scope ? ` ${scope}` : ' (all pairs)'}`;
    }
    default: return JSON.stringify(c);
  }
}

export class WhatIfPage implements Page {
  readonly element = html(`
    <section class="page whatif-page" data-testid="whatif-page">
      <div class="whatif-form card">
        <h2>What if…?</h2>
        <p class="muted small">Pick changes on the map (click a link or a node) or add them here, then run them on
          the live network (“now”) or on the network as it was at a past moment.</p>
        <h3>Changes</h3>
        <ul class="changes" data-testid="whatif-changes"></ul>
        <div class="add-change">
          <select data-testid="change-type">
            <option value="fail-link">Fail a link</option>
            <option value="fail-node">Fail a node</option>
            <option value="scale-traffic">Scale traffic</option>
            <option value="set-metric">Set a link metric</option>
          </select>
          <select data-testid="change-link" title="link"></select>
          <select data-testid="change-node" title="node"></select>
          <label class="inline" data-testid="change-factor-label">factor
            <input type="number" step="0.1" min="0.01" value="1.5" data-testid="change-factor"></label>
          <label class="inline" data-testid="change-from-label">from <select data-testid="change-from"></select></label>
          <label class="inline" data-testid="change-to-label">to <select data-testid="change-to"></select></label>
          <label class="inline" data-testid="change-metric-label">metric
            <input type="number" min="1" max="16777215" value="100" data-testid="change-metric"></label>
          <button type="button" class="small" data-testid="change-add">Add change</button>
        </div>
        <h3>Baseline</h3>
        <label class="inline"><input type="radio" name="baseline" value="now" checked data-testid="baseline-now">
          now (live state)</label>
        <label class="inline"><input type="radio" name="baseline" value="past" data-testid="baseline-past">
          as of</label>
        <input type="datetime-local" step="1" data-testid="baseline-asof" title="your local time">
        <h3>Run</h3>
        <label class="block">Name <input type="text" value="what-if" data-testid="whatif-name"></label>
        <label class="block"><input type="checkbox" data-testid="whatif-packet"> also run the packet-level simulator
          (slower, runs in the background)</label>
        <label class="block">Horizon (s) <input type="number" min="1" max="600" value="10" data-testid="whatif-horizon">
        </label>
        <button type="button" class="primary" data-testid="whatif-run">Run what-if</button>
        <p class="message" data-testid="whatif-message" role="alert"></p>
        <h3>Past what-ifs</h3>
        <ul class="jobs" data-testid="job-list"></ul>
      </div>
      <div class="whatif-result" data-testid="whatif-result">
        <div class="muted placeholder" data-testid="whatif-placeholder">
          <h2>No what-if shown</h2><p>Run one, or open a past one from the list.</p></div>
      </div>
    </section>`);

  private job: WhatIfJob | null = null;
  private charts: { dispose(): void }[] = [];
  private jobs: WhatIfJob[] = [];
  private poll: number | undefined;
  private visible = false;

  constructor(private readonly store: AppStore) {
    store.draftChanged.on(() => this.renderChanges());
    store.topologyChanged.on(() => this.fillChoices());
    store.roleChanged.on(() => this.renderRole());
    store.jobChanged.on((j) => this.jobUpdated(j));
    find(this.element, '@change-type').addEventListener('change', () => this.showFields());
    find(this.element, '@change-add').addEventListener('click', () => this.addFromForm());
    find(this.element, '@whatif-run').addEventListener('click', () => void this.run());
    find(this.element, '@baseline-asof').addEventListener('change', () => {
      find<HTMLInputElement>(this.element, '@baseline-past').checked = true;
    });
    this.showFields();
    this.renderChanges();
  }

  show(rest: string[]): void {
    this.element.hidden = false;
    this.visible = true;
    const asOf = find<HTMLInputElement>(this.element, '@baseline-asof');
    if (!asOf.value) {
      asOf.value = localInputValue(new Date(Date.now() - 10 * 60_000));
    }
    void this.loadJobs();
    const id = rest[0];
    if (id && id !== this.job?.id) {
      api.job(id).then((j) => this.open(j), (e: unknown) => this.say(e instanceof ApiError ? e.message : String(e)));
    }
  }

  hide(): void {
    this.element.hidden = true;
    this.visible = false;
    window.clearTimeout(this.poll);
  }

  private fillChoices(): void {
    const t = this.store.topology;
    const links = (t?.links ?? []).map((l) => `<option value="${esc(l.id)}">${esc(l.id)}</option>`).join('');
    const nodes = (t?.nodes ?? []).map((n) => `<option value="${esc(n.id)}">${esc(n.id)}</option>`).join('');
    find(this.element, '@change-link').innerHTML = links;
    find(this.element, '@change-node').innerHTML = nodes;
    find(this.element, '@change-from').innerHTML = `<option value="">any</option>${nodes}`;
    find(this.element, '@change-to').innerHTML = `<option value="">any</option>${nodes}`;
  }

  private showFields(): void {
    const type = find<HTMLSelectElement>(this.element, '@change-type').value as ChangeType;
    const show: Record<string, boolean> = {
      'change-link': type === 'fail-link' || type === 'set-metric',
      'change-node': type === 'fail-node',
      'change-factor-label': type === 'scale-traffic',
      'change-from-label': type === 'scale-traffic',
      'change-to-label': type === 'scale-traffic',
      'change-metric-label': type === 'set-metric',
    };
    for (const [id, visible] of Object.entries(show)) {
      find(this.element, `@${id}`).hidden = !visible;
    }
  }

  private addFromForm(): void {
    const v = (id: string) => find<HTMLInputElement | HTMLSelectElement>(this.element, `@${id}`).value;
    const type = v('change-type') as ChangeType;
    let change: Change;
    if (type === 'fail-link') {
      change = { type, link: v('change-link') };
    } else if (type === 'fail-node') {
      change = { type, node: v('change-node') };
    } else if (type === 'set-metric') {
      const metric = Number(v('change-metric'));
      if (!Number.isInteger(metric) || metric < 1 || metric > 16777215) {
        this.say('The metric must be a whole number from 1 to 16777215.');
        return;
      }
      change = { type, link: v('change-link'), metric };
    } else {
      const factor = Number(v('change-factor'));
      if (!(factor > 0) || !Number.isFinite(factor)) {
        this.say('The traffic factor must be a number greater than 0 (1.5 = +50 %).');
        return;
      }
      change = { type, factor };
      if (v('change-from')) {
        change.from = v('change-from');
      }
      if (v('change-to')) {
        change.to = v('change-to');
      }
    }
    if (change.link === '' || change.node === '') {
      this.say('The topology is not loaded yet: no element to choose.');
      return;
    }
    this.say('');
    this.store.addChange(change);
  }

  private renderChanges(): void {
    const list = find(this.element, '@whatif-changes');
    list.innerHTML = '';
    if (this.store.draft.length === 0) {
      list.append(html('<li class="muted">none yet</li>'));
    }
    this.store.draft.forEach((c, i) => {
      const li = html(`<li data-testid="whatif-change">${esc(describeChange(c))} </li>`);
      const remove = html<HTMLButtonElement>('<button type="button" class="link-button" title="remove">✕</button>');
      remove.addEventListener('click', () => this.store.removeChange(i));
      li.append(remove);
      list.append(li);
    });
  }

  private renderRole(): void {
    const run = find<HTMLButtonElement>(this.element, '@whatif-run');
    run.title = this.store.canOperate() ? '' : 'needs an operator token';
  }

  private request(): WhatIfRequest | string {
    if (this.store.draft.length === 0) {
      return 'Add at least one change first (click a link or node on the map, or use “Add change”).';
    }
    const req: WhatIfRequest = {
      name: find<HTMLInputElement>(this.element, '@whatif-name').value.trim() || 'what-if',
      changes: [...this.store.draft],
      packet: find<HTMLInputElement>(this.element, '@whatif-packet').checked,
    };
    const horizon = Number(find<HTMLInputElement>(this.element, '@whatif-horizon').value);
    if (!(horizon > 0 && horizon <= 600)) {
      return 'The horizon must be between 1 and 600 seconds.';
    }
    req.horizonS = horizon;
    if (find<HTMLInputElement>(this.element, '@baseline-past').checked) {
      const local = find<HTMLInputElement>(this.element, '@baseline-asof').value;
      const at = new Date(local);
      if (!local || Number.isNaN(at.getTime())) {
        return 'Choose the past moment (date and time) for the baseline, or pick “now”.';
      }
      req.asOf = at.toISOString();
    }
    return req;
  }

  private async run(): Promise<void> {
    const req = this.request();
    if (typeof req === 'string') {
      this.say(req);
      return;
    }
    const button = find<HTMLButtonElement>(this.element, '@whatif-run');
    button.disabled = true;
    this.say('running the flow estimator…');
    try {
      const job = await api.startWhatIf(req);
      this.say('');
      this.store.clearDraft();
      this.open(job);
      history.replaceState(null, '', `#/whatif/${encodeURIComponent(job.id)}`);
      void this.loadJobs();
    } catch (e) {
      if (e instanceof ApiError && e.status === 403) {
        this.say(`Your role (${this.store.role ?? 'unknown'}) can look but not run what-ifs: `
          + 'sign in with an operator token to run one.');
      } else {
        this.say(e instanceof ApiError ? e.message : String(e));
      }
    } finally {
      button.disabled = false;
    }
  }

  private say(text: string): void {
    find(this.element, '@whatif-message').textContent = text;
  }

  private async loadJobs(): Promise<void> {
    try {
      this.jobs = (await api.jobs()).map(normalise);
      this.renderJobs();
    } catch (e) {
      find(this.element, '@job-list').innerHTML =
        `<li class="muted">${esc(e instanceof ApiError ? e.message : String(e))}</li>`;
    }
  }

  private renderJobs(): void {
    const list = find(this.element, '@job-list');
    list.innerHTML = this.jobs.length === 0 ? '<li class="muted">none yet</li>' : this.jobs.map((j) => `
      <li class="${j.id === this.job?.id ? 'current' : ''}" data-testid="job-item">
        <a href="#/whatif/${encodeURIComponent(j.id)}">${esc(j.name)}</a>
        <span class="badge job-${esc(j.status)}">${esc(j.status)}</span>
        <span class="muted small">${esc(dateTime(j.created))} · ${esc(j.request.changes.map(describeChange).join(', '))}</span>
      </li>`).join('');
  }

  private jobUpdated(received: WhatIfJob): void {
    const j = normalise(received);
    const i = this.jobs.findIndex((x) => x.id === j.id);
    if (i >= 0) {
      this.jobs[i] = j;
    } else {
      this.jobs.unshift(j);
    }
    if (this.visible) {
      this.renderJobs();
    }
    if (this.job?.id === j.id) {
      this.open(j);
    }
  }

  private open(received: WhatIfJob): void {
    const job = normalise(received);
    this.job = job;
    this.renderJobs();
    window.clearTimeout(this.poll);
    const result = find(this.element, '@whatif-result');
    this.charts.forEach((c) => c.dispose());
    this.charts = [];
    result.innerHTML = '';
    result.append(jobHeader(job));
    if (job.outcomes.length === 0 && job.status !== 'FAILED') {
      result.append(html('<p class="muted">waiting for the first outcome…</p>'));
    }
    const flow = job.outcomes.find((o) => o.engine === 'flow');
    const packet = job.outcomes.find((o) => o.engine === 'packet');
    for (const o of [flow, packet].filter((x): x is EngineOutcome => x !== undefined)) {
      const view = renderOutcome(o);
      this.charts.push(view.chart);
      result.append(view.element);
    }
    if (job.request.packet && !packet && (job.status === 'QUEUED' || job.status === 'RUNNING')) {
      result.append(html('<p class="muted">The packet-level result appears here when its run finishes.</p>'));
    }
    if (job.status === 'QUEUED' || job.status === 'RUNNING') {
      this.poll = window.setTimeout(() => {
        if (this.visible && this.job?.id === job.id) {
          api.job(job.id).then((j) => this.jobUpdated(j), () => undefined);
        }
      }, POLL_MS);
    }
  }
}

/** Fills what a job may leave out (the name, empty lists) so the views need no checks. */
function normalise(job: WhatIfJob): WhatIfJob {
  const request = { ...job.request, changes: job.request?.changes ?? [] };
  return {
    ...job,
    name: job.name ?? request.name ?? job.id,
    request,
    progress: job.progress ?? 0,
    outcomes: (job.outcomes ?? []).map((o) => ({
      ...o, headline: o.headline ?? [], links: o.links ?? [], flows: o.flows ?? [], slaBreaches: o.slaBreaches ?? [],
    })),
  };
}

/** A date as a datetime-local input value (the browser's local time, to the second). */
function localInputValue(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

function jobHeader(job: WhatIfJob): HTMLElement {
  const running = job.status === 'QUEUED' || job.status === 'RUNNING';
  const progress = Math.max(0, Math.min(1, job.progress ?? 0));
  const e = html(`
    <div class="card job-header" data-testid="job" data-job-id="${esc(job.id)}">
      <h2>${esc(job.name)} <span class="badge job-${esc(job.status)}" data-testid="job-status">${esc(job.status)}</span></h2>
      <p class="muted small">baseline ${esc(dateTime(job.baselineAt))}${job.request.asOf ? ' (a past moment)' : ' (live)'}
        · started ${esc(dateTime(job.created))}${job.finished ? ` · finished ${esc(dateTime(job.finished))}` : ''}</p>
      <p>${esc(job.request.changes.map(describeChange).join('; '))}</p>
      <div class="progress" data-testid="job-progress" data-progress="${progress}" title="packet-level run">
        <div class="progress-bar" style="width:${(progress * 100).toFixed(1)}%"></div>
        <span>${job.request.packet ? `packet-level run ${pct(progress, 0)}` : 'flow estimate only'}</span>
      </div>
      ${job.error ? `<p class="message bad" data-testid="job-error">${esc(job.error)}</p>` : ''}
    </div>`);
  if (running) {
    const cancel = html<HTMLButtonElement>('<button type="button" class="small" data-testid="job-cancel">Cancel</button>');
    cancel.addEventListener('click', () => {
      cancel.disabled = true;
      api.cancelJob(job.id).catch((err: unknown) => {
        cancel.textContent = err instanceof ApiError ? err.message : String(err);
      });
    });
    e.append(cancel);
  }
  return e;
}
