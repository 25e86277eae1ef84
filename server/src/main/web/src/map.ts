// The map (home page): the topology drawn with Cytoscape at its coordinates, coloured live from the twin state.
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import type { Page } from './page';
import { html, find } from './page';
import type { AppStore } from './store';
import type { Topology, TwinState } from './types';
import { maxUtilisation, pct, utilisationColour, esc } from './format';
import { DetailPanel } from './detail';

const KIND_STYLE: Record<string, { shape: string; colour: string }> = {
  router: { shape: 'ellipse', colour: '#2f7de1' },
  switch: { shape: 'round-rectangle', colour: '#7b61ff' },
  host: { shape: 'rectangle', colour: '#5f6b7a' },
  gnb: { shape: 'triangle', colour: '#0f9d9a' },
  core: { shape: 'hexagon', colour: '#c2410c' },
  edge: { shape: 'diamond', colour: '#a16207' },
};
const EXTENT = 1000;
const MAX_FIT_ZOOM = 1.2;
/** Screen units (of EXTENT) under which two nodes count as at the same place. */
const COLOCATED = 40;

export class MapPage implements Page {
  readonly element = html(`
    <section class="page map-page" data-testid="map-page">
      <div class="map-area">
        <div class="map-toolbar">
          <span class="node-count" data-testid="node-count">loading the topology…</span>
          <button type="button" class="small" data-testid="map-fit">Fit to screen</button>
        </div>
        <div class="map" data-testid="map"></div>
        <div class="legend" data-testid="map-legend"></div>
      </div>
      <aside class="side" data-testid="detail-panel"></aside>
    </section>`);

  private cy: Core | null = null;
  private readonly detail: DetailPanel;

  constructor(private readonly store: AppStore) {
    this.detail = new DetailPanel(store);
    find(this.element, '@detail-panel').append(this.detail.element);
    find(this.element, '@map-legend').innerHTML = legend();
    find(this.element, '@map-fit').addEventListener('click', () => this.cy?.fit(undefined, 30));
    store.topologyChanged.on((t) => this.draw(t));
    store.stateChanged.on((s) => this.paint(s));
    store.selectionChanged.on((sel) => {
      if (!this.cy) {
        return;
      }
      this.cy.elements().unselect();
      if (sel) {
        this.cy.getElementById(sel.id).select();
      }
    });
  }

  show(): void {
    this.element.hidden = false;
    if (this.cy) {
      this.cy.resize();
    }
    this.detail.show();
  }

  hide(): void {
    this.element.hidden = true;
    this.detail.hide();
  }

  private draw(t: Topology): void {
    this.cy?.destroy();
    const positioned = t.nodes.length > 0 && t.nodes.every((n) => isFiniteNumber(n.x) && isFiniteNumber(n.y));
    const positions = positioned ? project(t) : new Map<string, { x: number; y: number }>();
    const elements: ElementDefinition[] = [
      ...t.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, label: n.id, kind: n.kind },
        position: positions.get(n.id),
        classes: `kind-${n.kind}`,
      })),
      ...t.links.map((l) => ({
        group: 'edges' as const,
        data: { id: l.id, source: l.a, target: l.b, colour: utilisationColour(null), label: '', width: 3 },
      })),
    ];
    this.cy = cytoscape({
      container: find(this.element, '@map'),
      elements,
      style: styles(),
      layout: positioned ? { name: 'preset', padding: 30 } : { name: 'cose', animate: false, padding: 30 },
      minZoom: 0.1,
      maxZoom: 5,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    // few nodes fit to the screen would be drawn huge: keep the first view at a readable scale
    const readable = (): void => {
      const cy = this.cy;
      if (cy && cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center();
      }
    };
    this.cy.one('layoutstop', readable);
    readable();
    this.cy.on('tap', 'node', (e) => this.store.select({ kind: 'node', id: e.target.id() }));
    this.cy.on('tap', 'edge', (e) => this.store.select({ kind: 'link', id: e.target.id() }));
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) {
        this.store.select(null);
      }
    });
    find(this.element, '@node-count').textContent =
      `${t.nodes.length} nodes · ${t.links.length} links${positioned ? '' : ' (no coordinates: automatic layout)'}`;
    if (this.store.state) {
      this.paint(this.store.state);
    }
  }

  /** Colours nodes and links from a state, without touching positions. */
  private paint(s: TwinState): void {
    const cy = this.cy;
    if (!cy) {
      return;
    }
    cy.batch(() => {
      for (const n of s.nodes) {
        const e = cy.getElementById(n.id);
        if (e.nonempty()) {
          e.removeClass('status-UP status-DOWN status-STALE status-UNKNOWN').addClass(`status-${n.status}`);
        }
      }
      for (const l of s.links) {
        const e = cy.getElementById(l.id);
        if (e.empty()) {
          continue;
        }
        const u = maxUtilisation(l.ab?.utilisation, l.ba?.utilisation);
        e.data('colour', utilisationColour(u));
        e.data('label', l.status === 'DOWN' ? 'DOWN' : u === null ? '' : pct(u, 0));
        e.data('width', 3 + 7 * Math.min(1, u ?? 0));
        e.removeClass('status-UP status-DOWN status-STALE status-UNKNOWN').addClass(`status-${l.status}`);
      }
    });
  }
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Node coordinates → screen positions: geographic x = longitude, y = latitude (equirectangular); y flipped. */
function project(t: Topology): Map<string, { x: number; y: number }> {
  const geographic = t.nodes.some((n) => (n.coordinateSystem ?? '').toLowerCase() === 'geographic');
  const ys = t.nodes.map((n) => n.y as number);
  const midLat = (Math.min(...ys) + Math.max(...ys)) / 2;
  const xScale = geographic ? Math.cos((midLat * Math.PI) / 180) : 1;
  const raw = t.nodes.map((n) => ({ id: n.id, x: (n.x as number) * xScale, y: -(n.y as number) }));
  const minX = Math.min(...raw.map((p) => p.x));
  const maxX = Math.max(...raw.map((p) => p.x));
  const minY = Math.min(...raw.map((p) => p.y));
  const maxY = Math.max(...raw.map((p) => p.y));
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const k = EXTENT / span;
  return spreadColocated(raw.map((p) => ({ id: p.id, x: (p.x - minX) * k, y: (p.y - minY) * k })));
}

/**
 * Nodes at (nearly) the same place — a data centre's servers, a site's radio and router — would hide each other:
 * each such group is drawn on a small circle around its place.
 */
function spreadColocated(points: { id: string; x: number; y: number }[]): Map<string, { x: number; y: number }> {
  const groups: { x: number; y: number; ids: string[] }[] = [];
  for (const p of points) {
    const g = groups.find((c) => Math.hypot(c.x - p.x, c.y - p.y) < COLOCATED);
    if (g) {
      g.ids.push(p.id);
    } else {
      groups.push({ x: p.x, y: p.y, ids: [p.id] });
    }
  }
  const out = new Map<string, { x: number; y: number }>();
  for (const g of groups) {
    const r = g.ids.length === 1 ? 0 : Math.max(COLOCATED, g.ids.length * 14);
    g.ids.forEach((id, i) => {
      const a = (2 * Math.PI * i) / g.ids.length - Math.PI / 2;
      out.set(id, { x: g.x + r * Math.cos(a), y: g.y + r * Math.sin(a) });
    });
  }
  return out;
}

function styles(): StylesheetJson {
  const kinds = Object.entries(KIND_STYLE).map(([kind, s]) => ({
    selector: `node.kind-${kind}`,
    style: { shape: s.shape, 'background-color': s.colour },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)', 'font-size': 14, color: '#27313d', 'text-wrap': 'wrap', 'text-valign': 'bottom',
        'text-margin-y': 4, width: 28, height: 28, 'background-color': '#5f6b7a', 'border-width': 2,
        'border-color': '#ffffff', 'text-background-color': '#ffffff', 'text-background-opacity': 0.7,
        'text-background-padding': '1px',
      },
    },
    ...kinds,
    { selector: 'node.status-DOWN', style: { 'background-color': '#d23c3c', 'border-color': '#7f1d1d' } },
    { selector: 'node.status-STALE', style: { 'background-color': '#b8bfc8', 'border-color': '#8a94a3' } },
    {
      selector: 'node.status-UNKNOWN',
      style: { 'background-color': '#ffffff', 'border-color': '#5f6b7a', 'border-style': 'dashed' },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)', 'line-color': 'data(colour)', 'curve-style': 'bezier', label: 'data(label)',
        'font-size': 11, color: '#27313d', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
        'text-background-padding': '1px', 'text-rotation': 'autorotate',
      },
    },
    {
      selector: 'edge.status-DOWN',
      style: { 'line-color': '#d23c3c', 'line-style': 'dashed', 'line-dash-pattern': [9, 5], width: 4 },
    },
    { selector: 'edge.status-STALE', style: { 'line-color': '#b8bfc8' } },
    { selector: 'edge.status-UNKNOWN', style: { 'line-style': 'dotted' } },
    { selector: ':selected', style: { 'overlay-color': '#2f7de1', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  ] as StylesheetJson;
}

function legend(): string {
  const stops = [0, 0.25, 0.5, 0.65, 0.8, 0.9, 1].map((u) => `${utilisationColour(u)} ${u * 100}%`).join(', ');
  const kinds = Object.entries(KIND_STYLE).map(([kind, s]) =>
    `<span class="legend-kind"><i class="shape shape-${s.shape}" style="background:${s.colour}"></i>${esc(kind)}</span>`)
    .join('');
  return `
    <div class="legend-row"><b>Link utilisation</b> (busier direction)</div>
    <div class="legend-bar" style="background: linear-gradient(to right, ${stops})"></div>
    <div class="legend-scale"><span>0 %</span><span>50 %</span><span>80 %</span><span>100 %</span></div>
    <div class="legend-row"><span class="legend-line down"></span> link down
      <span class="legend-line unknown"></span> not measured</div>
    <div class="legend-row">${kinds}</div>
    <div class="legend-row"><i class="dot down"></i>down <i class="dot stale"></i>stale <i class="dot unknown"></i>unknown</div>`;
}
