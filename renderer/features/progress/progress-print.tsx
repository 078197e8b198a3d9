import type { ReportProgress } from '../../../shared/pdf-export/report-data';
import { printChartWidth } from '../../../shared/pdf-export/report-data';
import { formatDate } from '../../lib/format-date';
import { chartSummary } from './chart-summary';
import { chartPoints } from './chart-series';
import { aggregationNotice, ChartLegend, chartMarkers, MetricChart } from './metric-chart';
import { countsInWords } from './milestone-texts';
import { WhatHelpsTable } from './what-helps-table';

const printChartHeight = 230;

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
    <section className="print-block" aria-labelledby="print-milestones">
      <h2 id="print-milestones">Milestones</h2>
      {countsInWords(milestones).map(({ kind, headline, details }) => (
        <div key={kind} className="print-count">
          <p>
            <strong>{headline}</strong>, as of {formatDate(milestones.today)}.
          </p>
          {details.map((detail) => (
            <p key={detail}>{detail}</p>
          ))}
        </div>
      ))}
      {reached.length === 0 ? (
        <p className="print-empty">No milestones in this range.</p>
      ) : (
        <ul className="print-milestones">
          {reached.map((milestone) => (
            <li key={milestone.key}>
              <span className="print-date">{formatDate(milestone.date)}</span> {milestone.title}
            </li>
          ))}
        </ul>
      )}
    </section>
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
        const markers = chartMarkers(progress.milestones, view.lapseDays, view.range);
        const lapses = markers.filter((marker) => marker.kind === 'lapse').length;
        return (
          <section key={metric.key} className="print-block print-chart" aria-labelledby={`print-chart-${metric.key}`}>
            <h2 id={`print-chart-${metric.key}`}>{metric.label}</h2>
            <p>{chartSummary(points, metric, rangeText, view.daysWithValue[metric.key] ?? 0, lapses)}</p>
            {view.resolution !== 'day' && <p className="print-note">{aggregationNotice[view.resolution]}.</p>}
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
            />
            <ChartLegend metric={metric} resolution={view.resolution} />
          </section>
        );
      })}
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
