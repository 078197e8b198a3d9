import { useMemo, useState } from 'react';
import type { DayRange } from '../../../shared/check-ins/check-in';
import type { MilestonesView } from '../../../shared/milestones/milestone';
import { daysBetween, earliestDate, latestDate } from '../../../shared/dates/calendar-date';
import type { TrackedMetric } from '../../../shared/metrics/custom-metric';
import type { PlanDocument } from '../../../shared/plan/plan-document';
import { entryTitle, warningStages } from '../../../shared/plan/plan-entries';
import { CheckboxField, SelectField } from '../../components/form-fields';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { useCheckInToday } from '../../lib/check-in-clock';
import { formatDate } from '../../lib/format-date';
import { firstError } from '../../lib/ipc-query';
import { useMeasures, useMilestones, usePlanView } from '../../lib/shared-queries';
import { useSlots } from '../../lib/slots';
import { useProgress } from './api';
import { useElementWidth } from '../../lib/use-element-width';
import { ChartDataTable, chartSummary, minimumComparedDays } from './chart-summary';
import { chartPoints } from './chart-series';
import { GoalProgress } from './goal-progress';
import { aggregationNotice, ChartLegend, chartMarkers, drawnMarkers, MarkersListed, MetricChart } from './metric-chart';
import { MoodCalendar } from './mood-calendar';
import { PatternFrequency } from './pattern-frequency';
import { QuestionnaireProgress } from './questionnaire-progress';
import {
  rangeDescription,
  presetRange,
  rangePresetLabels,
  rangePresets,
  type RangePreset,
} from '../../../shared/progress/progress-range';
import { useProgressChoices } from './progress-choices';
import { WhatHelpsTable } from './what-helps-table';

interface ProgressSetup {
  metrics: TrackedMetric[];
  plan: PlanDocument;
  milestones: MilestonesView;
}

function RangePicker({
  preset,
  custom,
  onPreset,
  onCustom,
}: {
  preset: RangePreset;
  custom: DayRange;
  onPreset(preset: RangePreset): void;
  onCustom(range: DayRange): void;
}) {
  const [from, setFrom] = useState(custom.from);
  const [to, setTo] = useState(custom.to);
  const invalid = !from || !to || from > to;
  return (
    <div className="range-picker">
      <fieldset className="segmented">
        <legend>Range</legend>
        {rangePresets.map((option) => (
          <label key={option} className={option === preset ? 'segment segment-on' : 'segment'}>
            <input
              type="radio"
              name="range"
              value={option}
              checked={option === preset}
              onChange={() => onPreset(option)}
            />
            <span aria-hidden="true">{option}</span>
            <span className="visually-hidden">{rangePresetLabels[option]}</span>
          </label>
        ))}
      </fieldset>
      {preset === 'Custom' && (
        <form
          className="custom-range"
          aria-label="Custom range"
          onSubmit={(event) => {
            event.preventDefault();
            if (!invalid) onCustom({ from, to });
          }}
        >
          <label>
            From{' '}
            <input
              type="date"
              value={from}
              min={earliestDate}
              max={to}
              onChange={(event) => setFrom(event.target.value)}
            />
          </label>
          <label>
            To{' '}
            <input type="date" value={to} min={from} max={latestDate} onChange={(event) => setTo(event.target.value)} />
          </label>
          <button type="submit" className="button-secondary button-small" disabled={invalid}>
            Show
          </button>
          {from > to && <span className="field-error">The start must not be after the end.</span>}
        </form>
      )}
    </div>
  );
}

/** The measures, plan and milestones the Progress screen draws on, once all three have come. */
function useProgressSetup(today: string | undefined) {
  const metricsQuery = useMeasures();
  const planQuery = usePlanView();
  const milestonesQuery = useMilestones(today);
  const setup: ProgressSetup | undefined =
    metricsQuery.data && planQuery.data && milestonesQuery.data
      ? { metrics: metricsQuery.data, plan: planQuery.data.plan, milestones: milestonesQuery.data }
      : undefined;
  return { setup, setupQueries: [metricsQuery, planQuery, milestonesQuery] };
}

interface ProgressRequest {
  today: string | undefined;
  /** My first check-in day ("All" starts there); undefined while it is asked for. */
  firstDay: string | null | undefined;
  preset: RangePreset;
  customRange: DayRange | undefined;
  /** The chart's width in pixels. */
  width: number;
  metricKey: string;
  secondKey: string;
  whatHelpsKey: string;
}

/** My figures over the chosen range for the chosen measures, asked for once today is known. */
function useProgressOver(request: ProgressRequest) {
  const { today, firstDay, preset, customRange, width, metricKey, secondKey, whatHelpsKey } = request;
  const range =
    today && customRange && firstDay !== undefined ? presetRange(preset, today, firstDay, customRange) : undefined;

  // The plot is the chart less its axes; main never sends more points than it has pixels.
  const plotWidth = Math.max(100, width - 90);
  const from = range?.from;
  const to = range?.to;
  const progressQuery = useProgress(
    from && to
      ? {
          from,
          to,
          pixels: plotWidth,
          metrics: secondKey ? [metricKey, secondKey] : [metricKey],
          whatHelpsMeasure: whatHelpsKey,
        }
      : undefined,
  );
  return progressQuery;
}

/** The triggers and warning signs in my plan, by id and title, for counting how often they came up. */
function patternsInPlan(plan: PlanDocument) {
  return {
    triggers: plan.triggers.map((entry) => ({ id: entry.id, title: entryTitle('triggers', entry) })),
    warningSigns: warningStages.flatMap((stage) =>
      plan.warningSigns[stage].signs.map((sign) => ({ id: sign.id, title: sign.description })),
    ),
  };
}

/** Which measure the chart shows, which one it is compared with, and whether each day's spread shows. */
function ChartOptions({
  metricOptions,
  metricKey,
  secondKey,
  showSpread,
  onMetric,
  onSecond,
  onShowSpread,
}: {
  metricOptions: { value: string; label: string }[];
  metricKey: string;
  secondKey: string;
  showSpread: boolean;
  onMetric(key: string): void;
  onSecond(key: string): void;
  onShowSpread(show: boolean): void;
}) {
  return (
    <div className="chart-options">
      <SelectField label="Measure" value={metricKey} options={metricOptions} onChange={onMetric} />
      <SelectField
        label="Compare with (right-hand axis)"
        value={secondKey}
        options={[{ value: '', label: 'Nothing' }, ...metricOptions.filter((option) => option.value !== metricKey)]}
        onChange={onSecond}
      />
      <CheckboxField label="Show each day’s spread" checked={showSpread} onChange={onShowSpread} />
    </div>
  );
}

/** Progress: a chart of any measure over a range, a calendar, what helps, patterns, goals, milestones. */
export function ProgressScreen() {
  const today = useCheckInToday();
  const { choices, error: choicesError } = useProgressChoices(today);
  const [secondKey, setSecondKey] = useState('');
  const [whatHelpsKey, setWhatHelpsKey] = useState('mood');
  const [showSpread, setShowSpread] = useState(false);
  const [chartBox, width] = useElementWidth<HTMLDivElement>(800);

  const slots = useSlots();
  const { setup, setupQueries } = useProgressSetup(today);
  const preset = choices?.preset ?? 'All';
  const customRange = choices?.customRange;
  const metricKey = choices?.metricKey ?? 'mood';
  const progressQuery = useProgressOver({
    today,
    firstDay: choices?.firstDay,
    preset,
    customRange,
    width,
    metricKey,
    secondKey,
    whatHelpsKey,
  });
  const progress = progressQuery.data;
  const error = choicesError ?? firstError(...setupQueries, progressQuery);

  const points = useMemo(
    () => (progress ? chartPoints(progress, metricKey, secondKey || null) : undefined),
    [progress, metricKey, secondKey],
  );

  if (error) {
    return (
      <Notice tone="error" title="Your progress could not be shown.">
        <p>{error}</p>
      </Notice>
    );
  }
  if (!setup || !progress || !points || !today || !customRange || !choices)
    return <p className="muted">Opening your progress…</p>;

  const { metrics, plan, milestones } = setup;
  const metric = metrics.find((candidate) => candidate.key === metricKey) ?? metrics[0]!;
  const second = metrics.find((candidate) => candidate.key === secondKey);
  const shownRange = progress.range;
  const markers = chartMarkers(milestones, progress.lapseDays, shownRange, { events: progress.events });
  const lapses = markers.filter((marker) => marker.kind === 'lapse').length;
  const rangeText = rangeDescription(preset, shownRange, formatDate);
  const daysWithValue = progress.daysWithValue[metric.key] ?? 0;
  const { resolution } = progress;
  const metricOptions = metrics.map((candidate) => ({ value: candidate.key, label: candidate.label }));
  const whatHelpsMeasure = metrics.find((candidate) => candidate.key === progress.whatHelps.measure) ?? metric;
  const { triggers, warningSigns } = patternsInPlan(plan);

  return (
    <>
      <PageHeading description="See, over months and years, whether your plan is working.">Progress</PageHeading>
      <section className="card chart-card" aria-labelledby="chart-title">
        <h2 id="chart-title">
          {metric.label}
          {second ? ` and ${second.label}` : ''} over {rangeText}
        </h2>
        <RangePicker
          key={preset}
          preset={preset}
          custom={customRange}
          onPreset={choices.choosePreset}
          onCustom={choices.chooseCustom}
        />
        <ChartOptions
          metricOptions={metricOptions}
          metricKey={metric.key}
          secondKey={secondKey}
          showSpread={showSpread}
          onMetric={choices.chooseMetric}
          onSecond={setSecondKey}
          onShowSpread={setShowSpread}
        />
        <p className="chart-summary" id="chart-summary">
          {chartSummary(
            points,
            metric,
            rangeText,
            daysWithValue,
            { count: lapses, word: milestones.setbackWord, listed: drawnMarkers(markers).length < markers.length },
            progress.comparisons[metric.key] ?? null,
            // Under two weeks since my first check-in, nothing can be compared yet, and it says so.
            progress.firstDay === null || daysBetween(progress.firstDay, shownRange.to) + 1 < minimumComparedDays,
          )}
        </p>
        {resolution !== 'day' && (
          <p className="aggregation-notice" role="note">
            {aggregationNotice[resolution]}: this range has more days than the chart has room to show one by one.
          </p>
        )}
        <div
          className="chart-box"
          ref={chartBox}
          data-chart-range={`${shownRange.from}..${shownRange.to}`}
          data-points={points.filter((point) => point.value !== null).length}
          data-resolution={resolution}
        >
          <MetricChart
            width={width}
            range={shownRange}
            points={points}
            resolution={resolution}
            metric={metric}
            second={second}
            markers={markers}
            showSpread={showSpread}
          />
        </div>
        <ChartLegend metric={metric} second={second} resolution={resolution} markers={markers} />
        <MarkersListed markers={markers} />
        <ChartDataTable points={points} resolution={resolution} metric={metric} second={second} />
      </section>
      <slots.CareEventsPanel events={progress.events} rangeText={rangeText} today={today} />
      <slots.AdherencePanel range={shownRange} rangeText={rangeText} />
      <QuestionnaireProgress range={shownRange} rangeText={rangeText} all={preset === 'All'} width={width} />
      <div className="progress-grid">
        <WhatHelpsTable whatHelps={progress.whatHelps} factors={progress.whatHelpsFactors} measure={whatHelpsMeasure}>
          <SelectField
            label="Compare days by"
            hint="Mood, or any other measure I track."
            value={whatHelpsMeasure.key}
            options={metricOptions}
            onChange={setWhatHelpsKey}
          />
        </WhatHelpsTable>
        <GoalProgress
          goals={plan.goals}
          figures={progress.goals}
          metrics={metrics}
          range={shownRange}
          all={preset === 'All'}
        />
      </div>
      <PatternFrequency patterns={progress.patterns} triggers={triggers} warningSigns={warningSigns} />
      <MoodCalendar firstYear={Number((progress.firstDay ?? today).slice(0, 4))} lastYear={Number(today.slice(0, 4))} />
      <slots.MilestonesPanel view={milestones} goals={plan.goals} />
    </>
  );
}
