// The API's JSON shapes, as in server/src/main/resources/openapi.yaml (units: bit/s, ratios in [0, 1], seconds).

export type Role = 'viewer' | 'operator' | 'admin';
export type ElementStatus = 'UP' | 'DOWN' | 'STALE' | 'UNKNOWN';

export interface ApiErrorBody {
  status: number;
  error: string;
}

export interface TopologyNode {
  id: string;
  name: string;
  kind: string;
  x: number | null;
  y: number | null;
  coordinateSystem: string | null;
  cells: string[];
}

export interface TopologyLink {
  id: string;
  a: string;
  b: string;
  capacityBps: number;
  delayS: number;
  metric: number;
}

export interface Slice {
  id: string;
  type: string;
  endpoints: string[];
  maxLatencyS: number | null;
  maxLossRatio: number | null;
  minThroughputBps: number | null;
}

export interface Topology {
  network: string;
  asOf: string | null;
  nodes: TopologyNode[];
  links: TopologyLink[];
  slices: Slice[];
}

export interface NodeState {
  id: string;
  kind: string;
  status: ElementStatus;
  lastSeen: string | null;
  kpis: Record<string, number>;
}

export interface DirectionState {
  from: string;
  to: string;
  rateBps: number | null;
  utilisation: number | null;
  lossRatio: number | null;
  dropsPerSecond: number | null;
  predictedUtilisation: number | null;
}

export interface LinkState {
  id: string;
  a: string;
  b: string;
  capacityBps: number;
  metric: number;
  status: ElementStatus;
  ab: DirectionState;
  ba: DirectionState;
}

export interface PairRate {
  from: string;
  to: string;
  rateBps: number;
}

export interface MatrixEstimate {
  at: string;
  pairs: number;
  totalBps: number;
  largest: PairRate[];
  loadResidual: number;
}

export interface ElementFidelity {
  element: string;
  measured: number;
  predicted: number;
  error: number;
}

export interface Fidelity {
  at: string;
  elements: number;
  meanAbsoluteError: number;
  p90AbsoluteError: number;
  score: number;
  drifting: boolean;
  worst: ElementFidelity[];
}

export interface Alarm {
  key: string;
  element: string;
  severity: 'critical' | 'major' | 'minor' | 'warning';
  message: string;
  raisedAt: string;
}

export interface TwinState {
  at: string;
  network: string;
  nodes: NodeState[];
  links: LinkState[];
  kpis: Record<string, number>;
  matrix: MatrixEstimate | null;
  fidelity: Fidelity | null;
  alarms: Alarm[];
}

export interface Series {
  id: number;
  kind: string;
  entity: string;
  metric: string;
  unit: string;
}

export interface SeriesPoints {
  series: Series;
  points: [number, number][];
}

export interface FidelityHistory {
  current: Fidelity | null;
  history: [number, number][];
}

export interface TrafficMatrix {
  estimate: MatrixEstimate | null;
  pairs: PairRate[];
}

export interface TwinEvent {
  at: string;
  kind: string;
  severity: string;
  element: string;
  key: string | null;
  message: string;
}

export type ChangeType = 'fail-link' | 'fail-node' | 'scale-traffic' | 'set-metric';

export interface Change {
  type: ChangeType;
  link?: string;
  node?: string;
  factor?: number;
  from?: string;
  to?: string;
  metric?: number;
}

export interface WhatIfRequest {
  name?: string;
  asOf?: string;
  changes: Change[];
  packet?: boolean;
  horizonS?: number;
  seed?: number;
}

export interface LinkOutcome {
  id: string;
  from: string;
  to: string;
  baselineUtilisation: number | null;
  whatIfUtilisation: number | null;
  baselineDropped: number | null;
  whatIfDropped: number | null;
}

export interface FlowOutcome {
  id: string;
  baselineDelayS: number | null;
  whatIfDelayS: number | null;
  baselineLossRatio: number | null;
  whatIfLossRatio: number | null;
  baselineThroughputBps: number | null;
  whatIfThroughputBps: number | null;
}

export interface SlaBreach {
  slice: string;
  flow: string;
  target: 'latency' | 'loss' | 'throughput';
  limit: number;
  predicted: number;
  alreadyInBaseline: boolean;
}

export interface EngineOutcome {
  engine: 'flow' | 'packet';
  headline: string[];
  links: LinkOutcome[];
  flows: FlowOutcome[];
  slaBreaches: SlaBreach[];
}

export type JobStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED' | 'CANCELLED';

export interface WhatIfJob {
  id: string;
  name: string;
  status: JobStatus;
  progress: number;
  created: string;
  finished: string | null;
  baselineAt: string;
  request: WhatIfRequest;
  outcomes: EngineOutcome[];
  error: string | null;
}

export interface InjectedFault {
  at: string;
  fault: Record<string, unknown>;
  by: string;
}

/** A WebSocket push after the first-message authentication. */
export type Push =
  | { type: 'hello'; role: Role }
  | { type: 'state'; data: TwinState }
  | { type: 'event'; data: TwinEvent }
  | { type: 'whatif'; data: WhatIfJob };
