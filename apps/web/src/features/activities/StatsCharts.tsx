import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Only the parts drawn here are bundled (echarts/core); see STACK.md on why not `lib/core`.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface Datum {
  name: string;
  value: number;
}

/** A bar (or line) chart of named counts; horizontal bars read better for long names such as regions. */
export function CountChart({
  data,
  kind = 'bar',
  horizontal = false,
  seriesName,
  testId,
}: {
  data: Datum[];
  kind?: 'bar' | 'line' | 'pie';
  horizontal?: boolean;
  seriesName: string;
  testId?: string;
}) {
  const names = data.map((d) => d.name);
  const values = data.map((d) => d.value);
  const option =
    kind === 'pie'
      ? {
          tooltip: { trigger: 'item' },
          series: [{ type: 'pie', name: seriesName, radius: ['35%', '65%'], data }],
        }
      : {
          tooltip: { trigger: 'axis' },
          grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
          xAxis: horizontal ? { type: 'value', minInterval: 1 } : { type: 'category', data: names },
          yAxis: horizontal ? { type: 'category', data: names, inverse: true } : { type: 'value', minInterval: 1 },
          series: [{ type: kind, name: seriesName, data: values, smooth: kind === 'line' }],
        };
  return (
    <div data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height: horizontal ? Math.max(240, data.length * 28) : 280 }}
      />
    </div>
  );
}
