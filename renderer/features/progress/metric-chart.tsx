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
import type { DatedEvent } from '../../../shared/care-events/care-event';
import type { DayRange } from '../../../shared/check-ins/check-in';
import type { MilestonesView } from '../../../shared/milestones/milestone';
import type { TrackedMetric } from '../../../shared/metrics/custom-metric';
import type { Resolution } from '../../../shared/progress/daily-series';
import { addDays, addMonths, daysBetween } from '../../../shared/dates/calendar-date';
import { formatDate, formatDay } from '../../lib/format-date';
import { useChartColors, type ChartColors } from '../../lib/use-chart-colors';
import { dayMs, type ChartPoint } from './chart-series';
import { formatTimeOfDay } from '../../../shared/dates/format-time';

export interface ChartMarker {
  day: string;
  /**
   * A milestone reached, a setback (lapse, flare-up…) noted, a crisis-stage warning sign noted (on
   * paper), or an event: of care, or a medication started, changed or stopped.
   */
  kind: 'milestone' | 'lapse' | 'crisis' | 'event';
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
  /**
   * On paper: grey daily points under a bold average, the axis named with its unit, lapses dated,
   * no tooltip; `domain` fits the axis to the data and `altText` says where the figures are.
   */
  forPrint?: boolean;
  domain?: readonly [number, number];
  altText?: string;
}

/** Said under a chart whose points are averages of several days. */
export const aggregationNotice = {
  week: 'Each point is a weekly average',
  month: 'Each point is a monthly average',
};

/** The events of care and medication changes to mark on a chart, on the day each began. */
export const eventMarkers = (events: readonly DatedEvent[]): ChartMarker[] =>
  events.map((event) => ({ day: event.day, kind: 'event', title: event.title }));

/**
 * Milestones (reached and the person's own), lapses, events and (on paper) crisis-stage signs
 * inside the range, to mark on the time axis.
 */
export function chartMarkers(
  milestones: MilestonesView,
  lapseDays: readonly string[],
  range: DayRange,
  { crisisDays = [], events = [] }: { crisisDays?: readonly string[]; events?: readonly DatedEvent[] } = {},
): ChartMarker[] {
  const inRange = (day: string) => day >= range.from && day <= range.to;
  const word = milestones.setbackWord;
  return [
    ...milestones.reached.map((milestone) => ({
      day: milestone.date,
      kind: 'milestone' as const,
      title: milestone.title,
    })),
    ...milestones.own.map((milestone) => ({ day: milestone.date, kind: 'milestone' as const, title: milestone.title })),
    ...lapseDays.map((day) => ({ day, kind: 'lapse' as const, title: word.charAt(0).toUpperCase() + word.slice(1) })),
    ...crisisDays.map((day) => ({ day, kind: 'crisis' as const, title: 'Crisis-stage sign' })),
    ...eventMarkers(events),
  ].filter((marker) => inRange(marker.day));
}

const round = (value: number) => Math.round(value * 10) / 10;

/** "12 Jun": a lapse line's date on paper. */
export const markerDate = (day: string) => formatDay(day, { day: 'numeric', month: 'short' });

/** The measure's name with its unit or scale, for an axis: "Sleep (hours)", "Mood (0–10)". */
export const axisName = (metric: TrackedMetric) => `${metric.label} (${metric.unit || `${metric.min}–${metric.max}`})`;

/**
 * On paper, a measure other than mood gets an axis fitted to its values (whole steps, a little
 * room either side) so a change of an hour's sleep shows; mood keeps its whole scale.
 */
export function fittedDomain(points: readonly ChartPoint[], metric: TrackedMetric): [number, number] {
  const values = points.flatMap((point) => (point.value === null ? [] : [point.value]));
  // 0–10 ratings keep their whole scale: a fitted "2 to 10" would make a small change look large.
  // Only hours of sleep and my own measures, whose scales can be far wider than my values, are fitted.
  const fits = metric.key === 'sleep-hours' || !metric.builtIn;
  if (!fits || values.length === 0) return [metric.min, metric.max];
  const low = Math.max(metric.min, Math.floor(Math.min(...values)) - 1);
  const high = Math.min(metric.max, Math.ceil(Math.max(...values)) + 1);
  return high - low >= 2 ? [low, high] : [metric.min, metric.max];
}

/** Five or so evenly spaced whole-number ticks from `low` to `high`, both ends included. */
function evenTicks(low: number, high: number): number[] {
  const step = Math.max(1, Math.ceil((high - low) / 5));
  const ticks: number[] = [];
  for (let tick = low; tick < high; tick += step) ticks.push(tick);
  return [...ticks, high];
}

/**
 * More markers than this in a range (ten years of milestones, lapses and events) would stand as a
 * fence of vertical lines over the trend: none is drawn, and the key lists each one with its date.
 */
export const maxMarkerLines = 8;

/** The markers drawn as lines on a chart: all of them, or none when there are too many. */
export const drawnMarkers = (markers: readonly ChartMarker[]) => (markers.length <= maxMarkerLines ? markers : []);

/** Lapses (and crisis signs) are dated on the line itself while they stay apart; more are dated in the key. */
const maxDatedLapseLines = 4;

/**
 * Each kind of marker its own dash, so they stay apart in grey: milestone long, setback short,
 * crisis longer, event dash-dot.
 */
const markerDashes: Record<ChartMarker['kind'], string> = {
  milestone: '6 3',
  lapse: '2 3',
  crisis: '10 3',
  event: '8 3 2 3',
};

const markerColor = (kind: ChartMarker['kind'], colors: ChartColors) =>
  kind === 'milestone' ? colors.milestone : kind === 'event' ? colors.event : colors.lapse;

export function pointLabel(day: string, resolution: Resolution): string {
  if (resolution === 'day') return formatDate(day);
  if (resolution === 'week') return `Week of ${formatDate(day)}`;
  return formatDay(day, { month: 'long', year: 'numeric' });
}

/**
 * The time axis of a chart `width` pixels wide over `range`: calendar ticks spaced for the width,
 * each drawn as chosen (`interval` 0), so recharts measures no label in the page (it forced a
 * layout per label to thin them: half a second a PDF).
 */
export function timeAxisProps(range: DayRange, width: number, colors: ChartColors) {
  return {
    dataKey: 'x',
    type: 'number',
    scale: 'time',
    domain: [dayMs(range.from), dayMs(range.to)],
    ticks: dateTicks(range, Math.max(3, Math.floor(width / 90))),
    tickFormatter: tickFormatter(range),
    stroke: colors.axis,
    tick: { fill: colors.axis, fontSize: 12 },
    interval: 0,
  } as const;
}

/** The time axis's tick labels: day and month, or month and year past about 13 months. */
function tickFormatter(range: DayRange) {
  const longRange = Date.parse(range.to) - Date.parse(range.from) > 400 * 86_400_000;
  const options: Intl.DateTimeFormatOptions = longRange
    ? { month: 'short', year: 'numeric' }
    : { day: 'numeric', month: 'short' };
  return (x: number) => formatDay(x, options);
}

/**
 * Date ticks on week or month starts, so the axis reads as a calendar: Mondays for a range of up
 * to ten weeks, the 1st of months (every 1, 2, 3, 6 or 12) beyond, at most `most` of them.
 */
function dateTicks(range: DayRange, most = 8): number[] {
  const days = daysBetween(range.from, range.to);
  const ticks: string[] = [];
  if (days <= 70) {
    const monday = addDays(range.from, (8 - isoWeekday(range.from)) % 7);
    const every = Math.max(1, Math.ceil(Math.ceil((days + 1) / 7) / most));
    for (let day = monday; day <= range.to; day = addDays(day, 7 * every)) ticks.push(day);
  } else {
    const months = Math.ceil(days / 30.4);
    const every = [1, 2, 3, 6, 12, 24, 60, 120].find((step) => months / step <= most) ?? 120;
    let first = range.from.endsWith('-01') ? range.from : addMonths(`${range.from.slice(0, 7)}-01`, 1);
    // Every `every` months, kept on calendar steps (January, April… for every 3).
    while ((Number(first.slice(5, 7)) - 1) % Math.min(every, 12) !== 0) first = addMonths(first, 1);
    for (let day = first; day <= range.to; day = addMonths(day, every)) ticks.push(day);
  }
  return ticks.map(dayMs);
}

/** 1 for Monday … 7 for Sunday. */
const isoWeekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay() || 7;

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
              {formatTimeOfDay(checkIn.time)}: mood {checkIn.mood}
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
  const { points, metric, second, range, resolution, width, markers, forPrint = false } = props;
  const colors = useChartColors(forPrint);
  const [low, high] = props.domain ?? [metric.min, metric.max];
  const height = props.height ?? 300;
  // On paper, dots only where they stay apart (about two months); the line carries the rest.
  const showDots = points.length <= width / (forPrint ? 10 : 3);
  // On paper each day is a light point and the 7-day average a bold line over them.
  const dailyPoints = forPrint && resolution === 'day';
  return (
    <ComposedChart
      width={width}
      height={height}
      data={points as ChartPoint[]}
      margin={{ top: 18, right: second ? 8 : 24, bottom: 8, left: forPrint ? 8 : 0 }}
      role="img"
      aria-label={
        props.altText ??
        `Chart of ${metric.label}${second ? ` and ${second.label}` : ''}; the same figures are in the summary and the table below.`
      }
    >
      <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" vertical={false} />
      <XAxis {...timeAxisProps(range, width, colors)} />
      <YAxis
        yAxisId="primary"
        domain={[low, high]}
        ticks={forPrint ? evenTicks(low, high) : undefined}
        allowDecimals={false}
        stroke={colors.axis}
        tick={{ fill: colors.axis, fontSize: 12 }}
        width={forPrint ? 48 : 36}
        label={forPrint ? paperAxisLabel(metric, colors) : undefined}
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
      {markerLines(markers, colors, { forPrint })}
      <Line
        yAxisId="primary"
        dataKey="value"
        name={metric.label}
        stroke={dailyPoints ? 'none' : forPrint ? colors.average : colors.primary}
        strokeWidth={forPrint ? 2 : 1.5}
        dot={valueDot(colors, { dailyPoints, showDots, forPrint })}
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
          strokeWidth={forPrint ? 2.75 : 2.5}
          strokeDasharray={forPrint ? undefined : '8 4'}
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

/**
 * The milestone, setback, crisis and event lines across a chart; on paper, a few lapses are dated
 * on their line. Called as a function, so the chart gets Recharts' own elements as its children.
 */
export function markerLines(
  markers: readonly ChartMarker[],
  colors: ChartColors,
  { forPrint = false, yAxisId = 'primary' }: { forPrint?: boolean; yAxisId?: string | number } = {},
) {
  const lapseCount = markers.filter((marker) => marker.kind === 'lapse').length;
  return drawnMarkers(markers).map((marker) => (
    <ReferenceLine
      key={`${marker.kind}-${marker.day}-${marker.title}`}
      yAxisId={yAxisId}
      x={dayMs(marker.day)}
      stroke={markerColor(marker.kind, colors)}
      strokeDasharray={markerDashes[marker.kind]}
      strokeWidth={marker.kind === 'crisis' ? 2.5 : forPrint && marker.kind === 'lapse' ? 1.5 : 1}
      className={`chart-marker chart-marker-${marker.kind}`}
      label={
        // Crisis days are dated in the key only: they often fall beside a lapse, whose label would collide.
        forPrint && marker.kind === 'lapse' && lapseCount <= maxDatedLapseLines
          ? {
              value: `${marker.title.toLowerCase()} ${markerDate(marker.day)}`,
              position: 'top',
              fill: colors.axis,
              fontSize: 11,
            }
          : undefined
      }
    />
  ));
}

/** On paper, the value axis is named with the measure's unit or scale, reading upwards. */
function paperAxisLabel(metric: TrackedMetric, colors: ChartColors) {
  return {
    value: axisName(metric),
    angle: -90,
    position: 'insideLeft' as const,
    fill: colors.axis,
    fontSize: 12,
    style: { textAnchor: 'middle' as const },
  };
}

/** Each value's dot: light daily points on paper, dots while they stay apart, none once they crowd. */
function valueDot(
  colors: ChartColors,
  { dailyPoints, showDots, forPrint }: { dailyPoints: boolean; showDots: boolean; forPrint: boolean },
) {
  return dailyPoints
    ? { r: 1.8, fill: colors.primary, strokeWidth: 0 }
    : showDots
      ? { r: 2.5, fill: forPrint ? colors.average : colors.primary, strokeWidth: 0 }
      : false;
}

/**
 * The chart's key: each line's dash and colour in words, for what is drawn. On paper the daily
 * values are points under a solid average, and lapses are dated here.
 */
export function ChartLegend({
  metric,
  second,
  resolution,
  markers,
  forPrint = false,
}: {
  metric: TrackedMetric;
  second?: TrackedMetric;
  resolution: Resolution;
  markers: readonly ChartMarker[];
  forPrint?: boolean;
}) {
  const lapses = markers.filter((marker) => marker.kind === 'lapse');
  const crises = markers.filter((marker) => marker.kind === 'crisis');
  const milestones = markers.filter((marker) => marker.kind === 'milestone');
  const events = markers.filter((marker) => marker.kind === 'event');
  const withMilestones = milestones.length > 0;
  const drawn = drawnMarkers(markers).length === markers.length;
  // On paper each marker is dated here; on screen, too many to draw are listed under the chart.
  const dated = forPrint;
  const listedBelow = !drawn && !forPrint;
  // Too many to draw come from a long range: their dates need the year.
  const dateOf = drawn
    ? markerDate
    : (day: string) => formatDay(day, { day: 'numeric', month: 'short', year: 'numeric' });
  const swatch = (kind: string) => drawn && <span className={`legend-line legend-${kind}`} aria-hidden="true" />;
  const paper = forPrint ? ' legend-paper' : '';
  const dailyPoints = forPrint && resolution === 'day';
  return (
    <ul className={`chart-legend${paper}`} aria-label="Chart key">
      <li>
        <span className={`legend-line ${dailyPoints ? 'legend-points' : 'legend-primary'}`} aria-hidden="true" />{' '}
        {metric.label}
        {resolution !== 'day' ? ` (${resolution}ly average)` : dailyPoints ? ', each day' : ''}
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
      {!drawn && forPrint && <li className="legend-listed">Marked in this range, too many to draw as lines:</li>}
      {listedBelow && (
        <li className="legend-listed">Milestones, lapses and events: too many to draw as lines here, listed below.</li>
      )}
      {!listedBelow && withMilestones && (
        <li>
          {swatch('milestone')} milestone{milestones.length > 1 && dated ? 's' : ''}
          {dated
            ? `: ${milestones.map((milestone) => `${milestone.title} (${dateOf(milestone.day)})`).join(', ')}`
            : ''}
        </li>
      )}
      {!listedBelow && lapses.length > 0 && (
        <li>
          {swatch('lapse')} {lapses[0]!.title.toLowerCase()}
          {dated ? `: ${lapses.map((lapse) => dateOf(lapse.day)).join(', ')}` : ''}
        </li>
      )}
      {!listedBelow && crises.length > 0 && (
        <li>
          {swatch('crisis')} crisis-stage warning sign
          {dated ? `: ${crises.map((crisis) => dateOf(crisis.day)).join(', ')}` : ''}
        </li>
      )}
      {!listedBelow && events.length > 0 && (
        <li>
          {swatch('event')} event of care or medication change
          {dated
            ? `: ${events.map((event) => `${event.title} (${dateOf(event.day)})`).join('; ')}`
            : ' (listed under Events)'}
        </li>
      )}
      {forPrint && (metric.lowLabel || metric.highLabel) && (
        <li>
          Scale: {metric.min} = {metric.lowLabel || 'lowest'} … {metric.max} = {metric.highLabel || 'highest'}
        </li>
      )}
    </ul>
  );
}

const markerKindWords: Record<ChartMarker['kind'], string> = {
  milestone: 'Milestone',
  lapse: 'Setback',
  crisis: 'Crisis-stage sign',
  event: 'Event',
};

/**
 * The milestones, setbacks and events of a range too long to draw them as lines (`drawnMarkers`),
 * listed by date under the chart, behind one line so they never stand as a wall.
 */
export function MarkersListed({ markers }: { markers: readonly ChartMarker[] }) {
  if (drawnMarkers(markers).length === markers.length) return null;
  const byDate = [...markers].sort((a, b) => a.day.localeCompare(b.day));
  const setback = markers.find((marker) => marker.kind === 'lapse')?.title.toLowerCase();
  const kinds = ['milestones', ...(setback ? [`${setback}s`] : []), 'events'];
  return (
    <details className="chart-markers-listed">
      <summary>
        Show the {kinds.slice(0, -1).join(', ')} and {kinds.at(-1)} in this range ({markers.length})
      </summary>
      <ul>
        {byDate.map((marker) => (
          <li key={`${marker.kind}-${marker.day}-${marker.title}`}>
            {formatDate(marker.day)}:{' '}
            {marker.kind === 'lapse' ? marker.title : `${markerKindWords[marker.kind]}: ${marker.title}`}
          </li>
        ))}
      </ul>
    </details>
  );
}
