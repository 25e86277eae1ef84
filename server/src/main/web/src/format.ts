// Number and time formatting shared by every page.

export function pct(ratio: number | null | undefined, digits = 1): string {
  return ratio === null || ratio === undefined || !Number.isFinite(ratio) ? '–' : `${(ratio * 100).toFixed(digits)} %`;
}

export function bps(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '–';
  }
  const units = ['bit/s', 'kbit/s', 'Mbit/s', 'Gbit/s', 'Tbit/s'];
  let v = Math.abs(value);
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${value < 0 ? '-' : ''}${v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2)} ${units[i]}`;
}

export function seconds(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '–';
  }
  if (value < 1e-3) {
    return `${(value * 1e6).toFixed(0)} µs`;
  }
  if (value < 1) {
    return `${(value * 1e3).toFixed(2)} ms`;
  }
  return `${value.toFixed(2)} s`;
}

export function num(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '–';
  }
  return Math.abs(value) >= 1000 ? value.toFixed(0) : value.toFixed(digits);
}

/** A KPI value by the unit its name says (…_ratio, …_utilisation, …_seconds, …_bps). */
export function kpi(name: string, value: number): string {
  if (/ratio|utilisation|utilization/.test(name)) {
    return pct(value);
  }
  if (/seconds$|_s$/.test(name)) {
    return seconds(value);
  }
  if (/bps$/.test(name)) {
    return bps(value);
  }
  return num(value);
}

export function clock(iso: string | null | undefined): string {
  if (!iso) {
    return '–';
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().substring(11, 19) + ' UTC';
}

export function dateTime(iso: string | null | undefined): string {
  if (!iso) {
    return '–';
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().replace('T', ' ').substring(0, 19) + ' UTC';
}

/** Escapes text for innerHTML. */
export function esc(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) =>
    ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Green → yellow → red for a utilisation in [0, 1] (grey when unknown). */
export function utilisationColour(u: number | null | undefined): string {
  if (u === null || u === undefined || !Number.isFinite(u)) {
    return '#9aa3ad';
  }
  const x = Math.max(0, Math.min(1, u));
  const stops: [number, [number, number, number]][] = [
    [0, [46, 160, 67]],
    [0.5, [230, 190, 30]],
    [0.8, [235, 120, 30]],
    [1, [210, 40, 40]],
  ];
  for (let i = 1; i < stops.length; i++) {
    const [p1, c1] = stops[i];
    const [p0, c0] = stops[i - 1];
    if (x <= p1) {
      const t = (x - p0) / (p1 - p0);
      const c = c0.map((v, k) => Math.round(v + (c1[k] - v) * t));
      return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
    }
  }
  return 'rgb(210, 40, 40)';
}

/** The larger utilisation of a link's two directions, null when neither is known. */
export function maxUtilisation(a: number | null | undefined, b: number | null | undefined): number | null {
  const known = [a, b].filter((v): v is number => v !== null && v !== undefined && Number.isFinite(v));
  return known.length === 0 ? null : Math.max(...known);
}
