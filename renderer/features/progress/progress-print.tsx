import type { ReportProgress } from '../../../shared/pdf-export/report-data';
import { printChartWidth } from '../../../shared/pdf-export/report-data';
import { daysBetween } from '../../../shared/dates/calendar-date';
import { formatDate } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import { chartSummary } from './chart-summary';
import { chartPoints } from './chart-series';
import { aggregationNotice, axisName, ChartLegend, chartMarkers, fittedDomain, MetricChart } from './metric-chart';
import { countsInWords } from '../../lib/milestone-words';
import { WhatHelpsTable } from './what-helps-table';
import { DatedList, PrintSection } from '../../components/print-section';

const printChartHeight = 180;

/** The progress pages' blocks, by the ids of their headings, for the contents on page 1. */
export function progressPrintContents(progress: ReportProgress, withPatterns: boolean) {
  return [
    ...progress.charts.map(({ metric }) => ({ id: `print-chart-${metric.key}`, title: metric.label })),
    { id: 'print-events', title: 'Events' },
    ...(progress.listMilestones ? [{ id: 'print-milestones', title: 'Milestones' }] : []),
    ...(progress.whatHelps && progress.charts[0] ? [{ id: 'what-helps-title', title: 'What helps' }] : []),
    // Typeset by the plan's part of the document, after what helps.
    ...(progress.goals.length > 0 ? [{ id: 'print-goals', title: 'Goal progress' }] : []),
    ...(withPatterns ? [{ id: 'print-patterns', title: 'Triggers and warning signs' }] : []),
  ];
}

/**
 * The counters on paper, as of the day the PDF is made. With lapses noted, a straight-through
 * "days clean" would read as if none happened: the days since the last lapse, the share of days in
 * the range without one and their dates are printed instead, and the recovery count once.
 */
function PrintCounters({ progress }: { progress: ReportProgress }) {
  const { milestones, range } = progress;
  const today = milestones.today;
  const lapses = milestones.lapseDays.filter((day) => day <= today);
  const counts = countsInWords(milestones);
  if (lapses.length === 0) {
    return (
      <>
        {counts.map(({ kind, headline, details }) => (
          <p key={kind}>
            <strong>{headline}</strong>, as of {formatDate(today)}. {details.join(' ')}
          </p>
        ))}
      </>
    );
  }
  const lastLapse = lapses.at(-1)!;
  const clean = milestones.counts.find((count) => count.kind === 'clean');
  const recovery = milestones.counts.find((count) => count.kind === 'recovery');
  const rangeDays = daysBetween(range.from, range.to) + 1;
  const inRange = lapses.filter((day) => day >= range.from && day <= range.to);
  const withoutShare = Math.floor(((rangeDays - inRange.length) / rangeDays) * 100);
  return (
    <>
      {clean && (
        <p>
          <strong>{counts.find((count) => count.kind === 'clean')?.headline}</strong>, as of {formatDate(today)},
          counting from the day after my last lapse ({formatDate(lastLapse)}). My longest run:{' '}
          {plural(clean.counters.longestRun, 'day')}.
        </p>
      )}
      {recovery && (
        <p>
          <strong>In recovery since {formatDate(recovery.start)}</strong>: {plural(recovery.counters.totalDays, 'day')},
          lapses included.
          {!clean && ` ${plural(recovery.counters.currentRun, 'day')} since my last lapse on ${formatDate(lastLapse)}.`}
        </p>
      )}
      <p>
        In these dates, {rangeDays - inRange.length} of {plural(rangeDays, 'day')} without a lapse ({withoutShare}%)
        {inRange.length > 0 ? `; a lapse on ${inRange.map((day) => formatDate(day)).join(', ')}` : ''}.{' '}
        {plural(lapses.length, 'lapse')} noted in all; a lapse does not erase the days before it.
      </p>
    </>
  );
}

function MilestoneList({ progress }: { progress: ReportProgress }) {
  const { milestones, range } = progress;
  const inRange = (day: string) => day >= range.from && day <= range.to;
  const reached = [
    ...milestones.reached.map(({ key, date, title }) => ({ key, date, title })),
    ...milestones.own.map((milestone) => ({ key: milestone.id, date: milestone.date, title: milestone.title })),
  ]
    .filter((milestone) => inRange(milestone.date))
    .sort((a, b) => a.date.localeCompare(b.date));
  return (
    <PrintSection id="print-milestones" title="Milestones">
      <PrintCounters progress={progress} />
      {reached.length === 0 ? (
        <p className="print-empty">No milestones in this range.</p>
      ) : (
        <DatedList lines={reached.map(({ key, date, title }) => ({ key, day: date, title }))} />
      )}
    </PrintSection>
  );
}

/** The events the charts mark, dated: my events of care, and my medication changes when shared. */
function EventList({ progress, rangeText }: { progress: ReportProgress; rangeText: string }) {
  return (
    <PrintSection
      id="print-events"
      title="Events"
      empty={progress.events.length === 0 ? `No event written from ${rangeText}.` : null}
    >
      <DatedList
        lines={progress.events.map((event) => ({
          ...event,
          key: `${event.day} ${event.kind} ${event.id ?? event.title}`,
        }))}
      />
    </PrintSection>
  );
}

/**
 * The progress part of the PDF: a chart per chosen measure (mood first, with its 7-day average,
 * milestones and lapses marked) with a written summary, then milestones and what helps.
 */
export function ProgressPrint({ progress, rangeText }: { progress: ReportProgress; rangeText: string }) {
  return (
    <>
      {progress.charts.map(({ metric, view }) => {
        const points = chartPoints(view, metric.key, null);
        const markers = chartMarkers(progress.milestones, view.lapseDays, view.range, {
          crisisDays: progress.crisisDays,
          events: progress.events,
        });
        const lapses = markers.filter((marker) => marker.kind === 'lapse').length;
        const domain = fittedDomain(points, metric);
        const fitted = domain[0] !== metric.min || domain[1] !== metric.max;
        return (
          <section key={metric.key} className="print-block print-chart" aria-labelledby={`print-chart-${metric.key}`}>
            <h2 id={`print-chart-${metric.key}`}>{metric.label}</h2>
            <p>
              {chartSummary(
                points,
                metric,
                rangeText,
                view.daysWithValue[metric.key] ?? 0,
                { count: lapses, word: progress.milestones.setbackWord },
                view.comparisons[metric.key] ?? null,
              )}
            </p>
            {(view.resolution !== 'day' || fitted) && (
              <p className="print-note">
                {view.resolution !== 'day' && `${aggregationNotice[view.resolution]}. `}
                {fitted &&
                  `The axis runs from ${domain[0]} to ${domain[1]}${metric.unit ? ` ${metric.unit}` : ''}, fitted to my check-ins (the scale is ${metric.min}–${metric.max}).`}
              </p>
            )}
            <MetricChart
              width={printChartWidth}
              height={printChartHeight}
              range={view.range}
              points={points}
              resolution={view.resolution}
              metric={metric}
              markers={markers}
              showSpread={false}
              forPrint
              domain={domain}
              altText={`Chart of ${axisName(metric)} from ${rangeText}; its figures are in the words above.`}
            />
            <ChartLegend metric={metric} resolution={view.resolution} markers={markers} forPrint />
          </section>
        );
      })}
      <EventList progress={progress} rangeText={rangeText} />
      {progress.listMilestones && <MilestoneList progress={progress} />}
      {progress.whatHelps && progress.charts[0] && (
        <WhatHelpsTable
          whatHelps={progress.charts[0].view.whatHelps}
          factors={progress.whatHelps}
          measure={progress.charts[0].metric}
        />
      )}
    </>
  );
}
