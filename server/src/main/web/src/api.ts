// HTTP access to the nettwin API: bearer token from the session, JSON in and out, errors as ApiError.
import type {
  FidelityHistory, InjectedFault, Role, Series, SeriesPoints, Topology, TrafficMatrix, TwinEvent,
  TwinState, WhatIfJob, WhatIfRequest, Alarm,
} from './types';

const TOKEN_KEY = 'nettwin.token';

/** A failed API call: the HTTP status and the server's one-line error. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

export function token(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(value: string): void {
  sessionStorage.setItem(TOKEN_KEY, value);
}

export function clearToken(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}

let onUnauthorized: (message: string) => void = () => undefined;

/** What to do when any call answers 401 (the token is unknown or expired): the app goes back to the login page. */
export function whenUnauthorized(handler: (message: string) => void): void {
  onUnauthorized = handler;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const t = token();
  if (t) {
    headers.Authorization = `Bearer ${t}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, `cannot reach the nettwin server (${method} ${path})`);
  }
  if (!response.ok) {
    const message = await errorMessage(response, method, path);
    if (response.status === 401) {
      onUnauthorized(message);
    }
    throw new ApiError(response.status, message);
  }
  return (await response.json()) as T;
}

async function errorMessage(response: Response, method: string, path: string): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string' && body.error.length > 0) {
      return body.error;
    }
  } catch {
    // not JSON: fall through to a generic line
  }
  return `${method} ${path.split('?')[0]} failed with HTTP ${response.status}`;
}

function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== '') {
      q.set(k, String(v));
    }
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const api = {
  whoami: () => call<{ role: Role }>('GET', '/api/whoami'),
  topology: (asOf?: string) => call<Topology>('GET', `/api/topology${query({ asOf })}`),
  state: () => call<TwinState>('GET', '/api/state'),
  series: (entity: string, metric?: string) =>
    call<Series[]>('GET', `/api/telemetry/series${query({ entity, metric, limit: 200 })}`),
  points: (series: number, from: string, to: string, step: number) =>
    call<SeriesPoints>('GET', `/api/telemetry/points${query({ series, from, to, step })}`),
  fidelity: () => call<FidelityHistory>('GET', '/api/fidelity'),
  trafficMatrix: () => call<TrafficMatrix>('GET', '/api/traffic-matrix'),
  events: (from?: string, limit = 500) => call<TwinEvent[]>('GET', `/api/events${query({ from, limit })}`),
  alarms: () => call<Alarm[]>('GET', '/api/alarms'),
  jobs: () => call<WhatIfJob[]>('GET', '/api/whatif'),
  job: (id: string) => call<WhatIfJob>('GET', `/api/whatif/${encodeURIComponent(id)}`),
  startWhatIf: (request: WhatIfRequest) => call<WhatIfJob>('POST', '/api/whatif', request),
  cancelJob: (id: string) => call<WhatIfJob>('DELETE', `/api/whatif/${encodeURIComponent(id)}`),
  faults: () => call<InjectedFault[]>('GET', '/api/emulator/faults'),
  injectFault: (fault: Record<string, unknown>) => call<InjectedFault>('POST', '/api/emulator/faults', fault),
};
