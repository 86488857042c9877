// Charts as vector graphics: ECharts server-side rendering to an SVG string, which the PDF
// renderer draws with svg-to-pdfkit (and an HTML rendering can inline as is). Pure apart from
// ECharts' own computation: same view in, same SVG out.
import { BarChart } from 'echarts/charts';
import { GridComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartView } from './view-model.js';
import { formatNumber } from './view-model.js';

export interface ChartSvg {
  svg: string;
  /** Size in points (the SVG's user units are drawn as points). */
  width: number;
  height: number;
}

// Only the parts of ECharts this chart uses (the full build registers every chart type and
// component when loaded: ~0.1 s of a cold `report`); bundled by esbuild into the CLI. The SVG is
// the same as the full build's (checked when this was changed).
echarts.use([BarChart, GridComponent, TitleComponent, SVGRenderer]);

/** Horizontal bars of signed investment by zone, rank 1 on top, values printed at the bar ends. */
export function signedInvestmentChart(chart: ChartView, width: number, fontFamily: string): ChartSvg {
  const barH = chart.bars.length > 20 ? 14 : 20;
  const height = Math.round(64 + chart.bars.length * barH);
  const longest = Math.max(...chart.bars.map((b) => [...b.label].length));
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    instance.setOption({
      animation: false,
      textStyle: { fontFamily, fontSize: 9, color: '#1f2329' },
      title: { text: `${chart.title}（${chart.unit}）`, left: 'center', top: 4, textStyle: { fontFamily, fontSize: 11, fontWeight: 'bold', color: '#1f3864' } },
      // Left margin from the longest zone name: SSR has no canvas to measure with.
      grid: { left: Math.min(200, 12 + longest * 9.5), right: 56, top: 32, bottom: 24 },
      xAxis: { type: 'value', axisLabel: { fontFamily, fontSize: 8, color: '#646a73' }, splitLine: { lineStyle: { color: '#e5e6eb' } } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: chart.bars.map((b) => b.label),
        axisTick: { show: false },
        axisLabel: { fontFamily, fontSize: 9, color: '#1f2329', interval: 0 },
      },
      series: [{
        type: 'bar',
        data: chart.bars.map((b) => b.valueYi),
        barMaxWidth: 12,
        itemStyle: { color: '#2f5597' },
        label: {
          show: true,
          position: 'right',
          fontFamily,
          fontSize: 8,
          color: '#1f2329',
          formatter: (p: { value: unknown }) => formatNumber(Number(p.value), 2, 2),
        },
      }],
    });
    return { svg: instance.renderToSVGString(), width, height };
  } finally {
    instance.dispose();
  }
}
