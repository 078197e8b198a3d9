import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import type { DayRange } from '../../../shared/check-ins/check-in';
import type { MilestonesView } from '../../../shared/milestones/milestone';
import type { TrackedMetric } from '../../../shared/metrics/custom-metric';
import type { Resolution } from '../../../shared/progress/daily-series';
import { formatDate, formatDay } from '../../lib/format-date';
import { useChartColors } from '../../lib/use-chart-colors';
import { dayMs, type ChartPoint } from './chart-series';

export interface ChartMarker {
  day: string;
  kind: 'milestone' | 'lapse';
  title: string;
}

interface MetricChartProps {
  width: number;
  height?: number;
  range: DayRange;
  points: readonly ChartPoint[];
  resolution: Resolution;
  metric: TrackedMetric;
  second?: TrackedMetric;
  markers: readonly ChartMarker[];
  showSpread: boolean;
  /** On paper: light colours and no tooltip. */
  forPrint?: boolean;
}

/** Said under a chart whose points are averages of several days. */
export const aggregationNotice = {
  week: 'Each point is a weekly average',
  month: 'Each point is a monthly average',
};

/** Milestones (reached and the person's own) and lapses inside the range, to mark on the time axis. */
export function chartMarkers(milestones: MilestonesView, lapseDays: readonly string[], range: DayRange): ChartMarker[] {
  const inRange = (day: string) => day >= range.from && day <= range.to;
  return [
    ...milestones.reached.map((milestone) => ({
      day: milestone.date,
      kind: 'milestone' as const,
      title: milestone.title,
    })),
    ...milestones.own.map((milestone) => ({ day: milestone.date, kind: 'milestone' as const, title: milestone.title })),
    ...lapseDays.map((day) => ({ day, kind: 'lapse' as const, title: 'Lapse' })),
  ].filter((marker) => inRange(marker.day));
}

const round = (value: number) => Math.round(value * 10) / 10;

export function pointLabel(day: string, resolution: Resolution): string {
  if (resolution === 'day') return formatDate(day);
  if (resolution === 'week') return `Week of ${formatDate(day)}`;
  return formatDay(day, { month: 'long', year: 'numeric' });
}

function tickFormatter(range: DayRange) {
  const longRange = Date.parse(range.to) - Date.parse(range.from) > 400 * 86_400_000;
  const options: Intl.DateTimeFormatOptions = longRange
    ? { month: 'short', year: 'numeric' }
    : { day: 'numeric', month: 'short' };
  return (x: number) => formatDay(x, options);
}

function ChartTooltip({
  active,
  payload,
  resolution,
  metric,
  second,
}: Pick<TooltipContentProps<number, string>, 'active'> & {
  payload?: readonly { payload?: unknown }[];
  resolution: Resolution;
  metric: TrackedMetric;
  second?: TrackedMetric;
}) {
  const point = payload?.[0]?.payload as ChartPoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{pointLabel(point.day, resolution)}</p>
      {point.value !== null && (
        <p>
          {metric.label}: <strong>{round(point.value)}</strong>
          {point.count > 1 &&
            point.spread &&
            ` (${point.spread[0]}–${point.spread[1]}, ${point.count} ${resolution === 'day' ? 'check-ins' : 'days'})`}
        </p>
      )}
      {point.average !== null && <p>7-day average: {round(point.average)}</p>}
      {second && point.second !== null && (
        <p>
          {second.label}: {round(point.second)}
        </p>
      )}
      {point.checkIns.length > 1 && (
        <ul>
          {point.checkIns.map((checkIn, index) => (
            <li key={index}>
              {checkIn.time}: mood {checkIn.mood}
              {checkIn.lapse ? ' (lapse)' : ''}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * A measure over time: each day (or week or month) as a dot on a line, the 7-day average as a
 * dashed line, the day's spread as a band, and a second measure on its own right-hand axis.
 * Milestones and lapses are marked on the time axis. Drawn as SVG; no animation.
 */
export function MetricChart(props: MetricChartProps) {
  const { points, metric, second, range, resolution, width, markers } = props;
  const colors = useChartColors(props.forPrint);
  const height = props.height ?? 300;
  const domain = [dayMs(range.from), dayMs(range.to)];
  // On paper, dots only where they stay apart (about two months); the line carries the rest.
  const showDots = points.length <= width / (props.forPrint ? 10 : 3);
  return (
    <ComposedChart
      width={width}
      height={height}
      data={points as ChartPoint[]}
      margin={{ top: 18, right: second ? 8 : 24, bottom: 8, left: 0 }}
      role="img"
      aria-label={`Chart of ${metric.label}${second ? ` and ${second.label}` : ''}; the same figures are in the summary and the table below.`}
    >
      <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="x"
        type="number"
        scale="time"
        domain={domain}
        tickFormatter={tickFormatter(range)}
        stroke={colors.axis}
        tick={{ fill: colors.axis, fontSize: 12 }}
        minTickGap={24}
      />
      <YAxis
        yAxisId="primary"
        domain={[metric.min, metric.max]}
        allowDecimals={false}
        stroke={colors.axis}
        tick={{ fill: colors.axis, fontSize: 12 }}
        width={36}
      />
      {second && (
        <YAxis
          yAxisId="second"
          orientation="right"
          domain={[second.min, second.max]}
          stroke={colors.second}
          tick={{ fill: colors.axis, fontSize: 12 }}
          width={40}
        />
      )}
      {props.showSpread && (
        <Area
          yAxisId="primary"
          dataKey="spread"
          stroke="none"
          fill={colors.spread}
          fillOpacity={0.3}
          isAnimationActive={false}
          connectNulls={false}
          name="Spread"
        />
      )}
      {markers.map((marker) => (
        <ReferenceLine
          key={`${marker.kind}-${marker.day}-${marker.title}`}
          yAxisId="primary"
          x={dayMs(marker.day)}
          stroke={marker.kind === 'lapse' ? colors.lapse : colors.milestone}
          strokeDasharray={marker.kind === 'lapse' ? '2 3' : '6 3'}
          className={`chart-marker chart-marker-${marker.kind}`}
        />
      ))}
      <Line
        yAxisId="primary"
        dataKey="value"
        name={metric.label}
        stroke={colors.primary}
        strokeWidth={1.5}
        dot={showDots ? { r: 2.5, fill: colors.primary, strokeWidth: 0 } : false}
        activeDot={{ r: 5 }}
        isAnimationActive={false}
        connectNulls={false}
        className="chart-line-primary"
      />
      {resolution === 'day' && (
        <Line
          yAxisId="primary"
          dataKey="average"
          name="7-day average"
          stroke={colors.average}
          strokeWidth={2.5}
          strokeDasharray="8 4"
          dot={false}
          isAnimationActive={false}
          connectNulls
          className="chart-line-average"
        />
      )}
      {second && (
        <Line
          yAxisId="second"
          dataKey="second"
          name={second.label}
          stroke={colors.second}
          strokeWidth={2}
          dot={{ r: 2, fill: colors.second, strokeWidth: 0 }}
          isAnimationActive={false}
          connectNulls={false}
          className="chart-line-second"
        />
      )}
      {!props.forPrint && (
        <Tooltip
          content={(tooltip) => (
            <ChartTooltip
              active={tooltip.active}
              payload={tooltip.payload}
              resolution={resolution}
              metric={metric}
              second={second}
            />
          )}
          isAnimationActive={false}
        />
      )}
    </ComposedChart>
  );
}

/** The chart's key: each line's dash and colour in words. */
export function ChartLegend({
  metric,
  second,
  resolution,
}: {
  metric: TrackedMetric;
  second?: TrackedMetric;
  resolution: Resolution;
}) {
  return (
    <ul className="chart-legend" aria-label="Chart key">
      <li>
        <span className="legend-line legend-primary" aria-hidden="true" /> {metric.label}
        {resolution !== 'day' ? ` (${resolution}ly average)` : ''}
      </li>
      {resolution === 'day' && (
        <li>
          <span className="legend-line legend-average" aria-hidden="true" /> 7-day average
        </li>
      )}
      {second && (
        <li>
          <span className="legend-line legend-second" aria-hidden="true" /> {second.label}
        </li>
      )}
      <li>
        <span className="legend-line legend-milestone" aria-hidden="true" /> milestone
      </li>
      <li>
        <span className="legend-line legend-lapse" aria-hidden="true" /> lapse
      </li>
    </ul>
  );
}
