import type { ReportData, ReportSnapshot } from '../../../shared/pdf-export/report-data';
import type { SnapshotMeasure } from '../../../shared/pdf-export/session-snapshot';
import { formatDate } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import { useMeasureNames } from '../../lib/measure-names';

const stageNames = { early: 'Early signs', worsening: 'Signs it is getting worse', crisis: 'Crisis signs' } as const;
const one = (value: number) => value.toFixed(1);
const shortDate = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** Two bars, the 30 days before (light) and the last 30 (dark), on the measure's own scale. */
function MeanBars({ measure, scale }: { measure: SnapshotMeasure; scale: { min: number; max: number } }) {
  const width = (mean: number | null) =>
    mean === null ? 0 : Math.max(1, ((mean - scale.min) / (scale.max - scale.min || 1)) * 60);
  return (
    <svg className="snapshot-bars" viewBox="0 0 62 14" width="62" height="14" aria-hidden="true">
      <rect x="1" y="1" width={width(measure.before.mean)} height="5" fill="#b8b8b8" />
      <rect x="1" y="8" width={width(measure.recent.mean)} height="5" fill="#1d1d1d" />
      <line x1="1" y1="0" x2="1" y2="14" stroke="#555555" strokeWidth="0.6" />
    </svg>
  );
}

function directionText(measure: SnapshotMeasure): string {
  switch (measure.direction) {
    case 'too few check-ins':
      return 'too few check-ins to compare';
    case 'about the same':
      return 'about the same';
    default:
      return measure.direction;
  }
}

/** A heading on page 1 that links to the part with the detail. */
function SectionHeading({ children, detail }: { children: string; detail?: string }) {
  return <h2 className="snapshot-heading">{detail ? <a href={`#${detail}`}>{children}</a> : children}</h2>;
}

/**
 * Page 1 with progress included: what a clinician needs in the first two minutes, each part
 * linked to its detail. Everything here is worked out in main (`buildSessionSnapshot`).
 */
export function SessionSnapshotSection({ report, snapshot }: { report: ReportData; snapshot: ReportSnapshot }) {
  const names = useMeasureNames();
  const charts = report.progress?.charts ?? [];
  const scaleOf = (key: string) =>
    charts.find((chart) => chart.metric.key === key)?.metric ?? { min: 0, max: 10, unit: '' };
  const labelOf = (key: string) => names.find((name) => name.key === key)?.label ?? key;
  const topics = report.choices.questions.trim();
  const { lapses } = snapshot;
  return (
    <div className="session-snapshot">
      {topics && (
        <>
          <SectionHeading>What I want to talk about</SectionHeading>
          <p className="report-writing snapshot-topics">{topics}</p>
        </>
      )}
      <SectionHeading detail="print-chart-mood">Since last time</SectionHeading>
      <p>
        I checked in on <strong>{snapshot.checkInDays}</strong> of {snapshot.rangeDays} days,{' '}
        {formatDate(snapshot.range.from)} to {formatDate(snapshot.range.to)}.
      </p>
      <table className="snapshot-table">
        <caption>
          The last 30 days ({shortDate(snapshot.windows.recent.from)} to {shortDate(snapshot.windows.recent.to)})
          against the 30 before: the average of each day’s check-ins.
        </caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">30 days before</th>
            <th scope="col">Last 30 days</th>
            <th scope="col">So it was</th>
            <th scope="col">
              <span className="visually-hidden">Bars</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {snapshot.measures.map((measure) => {
            const scale = scaleOf(measure.metric);
            return (
              <tr key={measure.metric}>
                <th scope="row">
                  {labelOf(measure.metric)}{' '}
                  <span className="snapshot-scale">({scale.unit || `${scale.min}–${scale.max}`})</span>
                </th>
                <td>
                  {measure.before.mean === null
                    ? '—'
                    : `${one(measure.before.mean)} (${plural(measure.before.days, 'day')})`}
                </td>
                <td>
                  {measure.recent.mean === null
                    ? '—'
                    : `${one(measure.recent.mean)} (${plural(measure.recent.days, 'day')})`}
                </td>
                <td>{directionText(measure)}</td>
                <td>
                  <MeanBars measure={measure} scale={scale} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {lapses && (
        <>
          <SectionHeading detail={report.progress?.listMilestones ? 'print-milestones' : 'print-chart-mood'}>
            Lapses
          </SectionHeading>
          {lapses.last === null ? (
            <p>No lapse noted.</p>
          ) : (
            <p>
              My last lapse was on {formatDate(lapses.last)}: {plural(lapses.daysSinceLast!, 'day')} before{' '}
              {formatDate(snapshot.range.to)}.{' '}
              {lapses.days.length === 0
                ? 'None in these dates.'
                : `In these dates, ${plural(lapses.days.length, 'day')} with a lapse: ${lapses.days.map(shortDate).join(', ')}.`}{' '}
              On {lapses.checkInDaysWithout} of the {snapshot.checkInDays} days I checked in, I noted no lapse.
            </p>
          )}
        </>
      )}

      <SectionHeading detail="print-patterns">Warning signs I noticed</SectionHeading>
      <table className="snapshot-table">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">30 days before</th>
            <th scope="col">Last 30 days</th>
          </tr>
        </thead>
        <tbody>
          {snapshot.warningSigns.map((stage) => (
            <tr key={stage.stage}>
              <th scope="row">{stageNames[stage.stage]}</th>
              <td>{plural(stage.beforeDays, 'day')}</td>
              <td>
                {plural(stage.recentDays, 'day')}
                {stage.recentDays > stage.beforeDays
                  ? ' (more)'
                  : stage.recentDays < stage.beforeDays
                    ? ' (fewer)'
                    : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {snapshot.topTriggers.length > 0 && (
        <>
          <SectionHeading detail="print-patterns">Triggers I met most often</SectionHeading>
          <ul className="snapshot-list">
            {snapshot.topTriggers.map((trigger) => (
              <li key={trigger.id}>
                {trigger.name || 'A trigger'}: {plural(trigger.days, 'day')}
              </li>
            ))}
          </ul>
        </>
      )}

      <SectionHeading detail={report.progress?.whatHelps ? 'what-helps-title' : undefined}>
        What went with better days
      </SectionHeading>
      {snapshot.coping.length === 0 ? (
        <p>No coping strategy went clearly with a better mood in these dates.</p>
      ) : (
        <ul className="snapshot-list">
          {snapshot.coping.map((coping) => (
            <li key={coping.id}>
              {coping.name || 'A coping strategy'}: mood {one(coping.meanWith)} on the {coping.usedDays} days I used it,{' '}
              {one(coping.meanWithout)} on the other {coping.otherDays}.
            </li>
          ))}
        </ul>
      )}
      <p className="snapshot-note">These go together in my check-ins; that does not prove one caused the other.</p>

      <SectionHeading
        detail={
          report.parts.includes('safetyPlan')
            ? 'report-safetyPlan'
            : report.planAreas.includes('safetyPlan')
              ? 'print-area-safetyPlan'
              : undefined
        }
      >
        My plan
      </SectionHeading>
      <p>
        Safety plan:{' '}
        {snapshot.safetyPlanReviewedOn
          ? `last reviewed ${formatDate(snapshot.safetyPlanReviewedOn)}.`
          : 'not reviewed yet.'}{' '}
        {snapshot.lastReviewOn ? `Last plan review: ${formatDate(snapshot.lastReviewOn)}. ` : 'No plan review yet. '}
        {snapshot.nextReviewOn
          ? snapshot.reviewOverdue
            ? `Next review was due ${formatDate(snapshot.nextReviewOn)}: overdue.`
            : `Next review due ${formatDate(snapshot.nextReviewOn)}.`
          : ''}
      </p>
    </div>
  );
}
