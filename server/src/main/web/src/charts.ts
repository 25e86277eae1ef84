// ECharts, tree-shaken to what the dashboard draws (lines, bars, scatter), and a small wrapper that resizes with
// its element and only initialises once the element has a size (ECharts warns about zero-sized containers).
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, LineChart, ScatterChart, DataZoomComponent, GridComponent, LegendComponent, MarkLineComponent,
  TitleComponent, TooltipComponent, CanvasRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

/** One chart in one element. setOption before the element is visible is kept and applied once it has a size. */
export class Chart {
  private chart: echarts.ECharts | null = null;
  private pending: ChartOption | null = null;
  private readonly observer: ResizeObserver;

  constructor(readonly element: HTMLElement) {
    this.observer = new ResizeObserver(() => this.sync());
    this.observer.observe(element);
  }

  set(option: ChartOption): void {
    this.pending = option;
    this.sync();
  }

  dispose(): void {
    this.observer.disconnect();
    this.chart?.dispose();
    this.chart = null;
  }

  private sync(): void {
    const visible = this.element.clientWidth > 0 && this.element.clientHeight > 0;
    if (!visible) {
      return;
    }
    if (!this.chart) {
      this.chart = echarts.init(this.element, undefined, { renderer: 'canvas' });
    } else {
      this.chart.resize();
    }
    if (this.pending) {
      this.chart.setOption(this.pending, { notMerge: true });
      this.pending = null;
    }
  }
}

export const palette = {
  baseline: '#8a94a3',
  whatIf: '#2f7de1',
  bad: '#d23c3c',
  good: '#2ea043',
  text: '#27313d',
  grid: '#e3e7ec',
};

export function timeAxisBase(): ChartOption {
  return {
    animation: false,
    grid: { left: 56, right: 16, top: 28, bottom: 28 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'time', axisLabel: { color: palette.text }, splitLine: { show: false } },
    yAxis: { type: 'value', axisLabel: { color: palette.text }, splitLine: { lineStyle: { color: palette.grid } } },
  };
}
