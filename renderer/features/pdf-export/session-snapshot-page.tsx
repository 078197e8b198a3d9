import type { ReportData, ReportSnapshot } from '../../../shared/pdf-export/report-data';
import type { SnapshotMeasure } from '../../../shared/pdf-export/session-snapshot';
import { changeInWords } from '../../../shared/progress/measure-change';
import { formatDate } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import { useMeasureNames } from '../../lib/measure-names';
import { LatestQuestionnaires, QuestionnaireRiskLine } from './questionnaires-print';
import { CareLines } from './care-snapshot-lines';
import { SectionHeading } from './snapshot-heading';

const stageNames = { early: 'Early signs', worsening: 'Signs it is getting worse', crisis: 'Crisis signs' } as const;
const one = (value: number) => value.toFixed(1);
const shortDate = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The light bar (the 30 days before) and the dark bar (the last 30), as the legend shows them. */
const barColours = { before: '#b8b8b8', recent: '#1d1d1d' } as const;

/** Two bars, the 30 days before (light) and the last 30 (dark), on the measure's own scale. */
function MeanBars({ measure, scale }: { measure: SnapshotMeasure; scale: { min: number; max: number } }) {
  const width = (mean: number | null | undefined) =>
    mean === null || mean === undefined ? 0 : Math.max(1, ((mean - scale.min) / (scale.max - scale.min || 1)) * 60);
  return (
    <svg className="snapshot-bars" viewBox="0 0 62 14" width="62" height="14" aria-hidden="true">
      <rect x="1" y="1" width={width(measure.before?.mean)} height="5" fill={barColours.before} />
      <rect x="1" y="8" width={width(measure.recent.mean)} height="5" fill={barColours.recent} />
      <line x1="1" y1="0" x2="1" y2="14" stroke="#555555" strokeWidth="0.6" />
    </svg>
  );
}

/** The key to the bars: which is which, drawn as they are. */
function BarsLegend() {
  const swatch = (colour: string) => (
    <svg width="14" height="6" viewBox="0 0 14 6" aria-hidden="true">
      <rect width="14" height="6" fill={colour} />
    </svg>
  );
  return (
    <span className="snapshot-legend">
      Bars: {swatch(barColours.before)} the 30 days before, {swatch(barColours.recent)} the last 30 days.
    </span>
  );
}

/** "Name · born 3 May 1990 · record 12345": for filing, when I gave any of them. */
function IdentityLine({ report }: { report: ReportData }) {
  const { preparedFor, identity } = report.choices;
  const parts = [
    preparedFor.trim(),
    identity.dateOfBirth ? `born ${formatDate(identity.dateOfBirth)}` : '',
    identity.recordNumber.trim() ? `record ${identity.recordNumber.trim()}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? <p className="snapshot-identity">{parts.join(' · ')}</p> : null;
}

/**
 * The risk line, right after my topics: crisis-stage signs in these dates, named and dated; what my
 * plan says to do at that stage; how complete my safety plan is, and whether I reviewed it since.
 */
function RiskLine({ snapshot }: { snapshot: ReportSnapshot }) {
  const { crisisDays, risk } = snapshot;
  const reviewed = snapshot.safetyPlanReviewedOn;
  const safetyPlan = `My safety plan: ${risk.safetyPlan.written} of ${risk.safetyPlan.of} steps written; ${
    reviewed ? `last reviewed ${formatDate(reviewed)}` : 'not reviewed yet'
  }${
    risk.safetyPlanReviewedSinceLastCrisis === null
      ? '.'
      : risk.safetyPlanReviewedSinceLastCrisis
        ? ', since the last crisis day.'
        : ', not since the last crisis day.'
  }`;
  return (
    <div className="snapshot-risk">
      <SectionHeading detail="print-patterns">Crisis signs and my safety plan</SectionHeading>
      {crisisDays.length === 0 ? (
        <p>
          No crisis-stage sign noted from {formatDate(snapshot.countedFrom)} to {formatDate(snapshot.range.to)}.{' '}
          {safetyPlan}
        </p>
      ) : (
        <>
          <p>
            <strong>Crisis-stage signs on {plural(crisisDays.length, 'day')}:</strong>{' '}
            {crisisDays
              .map(({ day, signs }) => `${shortDate(day)}, ${signs.map((sign) => sign || 'a crisis sign').join('; ')}`)
              .join('. ')}
            .
          </p>
          <p>
            What my plan says to do at this stage:{' '}
            {risk.crisisPlan ? <span className="report-writing">{risk.crisisPlan}</span> : 'nothing written yet.'}
          </p>
          <p>{safetyPlan}</p>
        </>
      )}
    </div>
  );
}

/** How many days I checked in, counted from my first check-in when that was within these dates. */
function CheckInDays({ snapshot }: { snapshot: ReportSnapshot }) {
  if (snapshot.startedOn) {
    return (
      <p>
        I started on {formatDate(snapshot.startedOn)}: <strong>{plural(snapshot.countedDays, 'day')}</strong> since I
        started, <strong>{snapshot.checkInDays}</strong> with a check-in.
      </p>
    );
  }
  return (
    <p>
      I checked in on <strong>{snapshot.checkInDays}</strong> of {snapshot.countedDays} days,{' '}
      {formatDate(snapshot.range.from)} to {formatDate(snapshot.range.to)}.
    </p>
  );
}

function MeasuresTable({ report, snapshot }: { report: ReportData; snapshot: ReportSnapshot }) {
  const names = useMeasureNames();
  const charts = report.progress?.charts ?? [];
  const scaleOf = (key: string) =>
    charts.find((chart) => chart.metric.key === key)?.metric ?? { min: 0, max: 10, unit: '' };
  const labelOf = (key: string) => names.find((name) => name.key === key)?.label ?? key;
  const { recent, before } = snapshot.windows;
  const mean = (sample: SnapshotMeasure['recent'] | null) =>
    !sample || sample.mean === null ? '—' : `${one(sample.mean)} (${plural(sample.days, 'day')})`;
  if (!before) {
    return (
      <table className="snapshot-table">
        <caption>
          Since I started, the average of each day’s check-ins. Too early to compare: a comparison needs 30 days before
          the last 30.
        </caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Since I started</th>
          </tr>
        </thead>
        <tbody>
          {snapshot.measures.map((measure) => (
            <tr key={measure.metric}>
              <th scope="row">{labelOf(measure.metric)}</th>
              <td>{mean(measure.recent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <>
      <table className="snapshot-table">
        <caption>
          Each day’s average over the last 30 days ({shortDate(recent.from)} to {shortDate(recent.to)}) against the 30
          before ({shortDate(before.from)} to {shortDate(before.to)}); the charts and goal progress compare the same
          windows. <BarsLegend />
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
                <td>{mean(measure.before)}</td>
                <td>{mean(measure.recent)}</td>
                <td>{changeInWords(measure.direction, measure.metric)}</td>
                <td>
                  <MeanBars measure={measure} scale={scale} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

/** My setbacks (in my own word) with their dates, or, when I chose not to share them, that they are not shared. */
function SetbacksLine({ report, snapshot }: { report: ReportData; snapshot: ReportSnapshot }) {
  const word = report.setbackWord;
  const heading = `${capitalised(word)}s`;
  const { lapses } = snapshot;
  const detail = report.progress?.listMilestones ? 'print-milestones' : 'print-chart-mood';
  if (!lapses) {
    return (
      <>
        <SectionHeading>{heading}</SectionHeading>
        <p>Not shared in this copy.</p>
      </>
    );
  }
  return (
    <>
      <SectionHeading detail={detail}>{heading}</SectionHeading>
      {lapses.last === null ? (
        <p>No {word} noted.</p>
      ) : (
        <p>
          My last {word} was on {formatDate(lapses.last)}: {plural(lapses.daysSinceLast!, 'day')} before{' '}
          {formatDate(snapshot.range.to)}.{' '}
          {lapses.days.length === 0
            ? 'None in these dates.'
            : `In these dates, ${plural(lapses.days.length, 'day')} with a ${word}: ${lapses.days.map(shortDate).join(', ')}.`}{' '}
          On {lapses.checkInDaysWithout} of the {snapshot.checkInDays} days I checked in, I noted no {word}.
        </p>
      )}
    </>
  );
}

/** Warning-sign days by stage, last 30 days (and the 30 before), in one line. */
function WarningSignsLine({ snapshot }: { snapshot: ReportSnapshot }) {
  const compared = snapshot.windows.before !== null;
  const stages = snapshot.warningSigns.map((stage) => {
    const trend = !compared
      ? ''
      : stage.recentDays > stage.beforeDays
        ? `, more than the ${stage.beforeDays} before`
        : stage.recentDays < stage.beforeDays
          ? `, fewer than the ${stage.beforeDays} before`
          : '';
    const text = `${stageNames[stage.stage]}: ${plural(stage.recentDays, 'day')}${trend}`;
    return stage.stage === 'crisis' ? <strong key={stage.stage}>{text}</strong> : <span key={stage.stage}>{text}</span>;
  });
  return (
    <>
      <SectionHeading detail="print-patterns">Warning signs I noticed</SectionHeading>
      <p>
        In the last 30 days:{' '}
        {stages.flatMap((stage, index) => (index === 0 ? [stage] : [<span key={`sep-${index}`}>; </span>, stage]))}.
      </p>
    </>
  );
}

function BetterDays({ report, snapshot }: { report: ReportData; snapshot: ReportSnapshot }) {
  const names = useMeasureNames();
  const labelOf = (key: string) => names.find((name) => name.key === key)?.label.toLowerCase() ?? key;
  return (
    <>
      <SectionHeading detail={report.progress?.whatHelps ? 'what-helps-title' : undefined}>
        What went with better days
      </SectionHeading>
      {snapshot.coping.length === 0 ? (
        <p>No coping strategy went clearly with better days in these dates (mood or the measures charted).</p>
      ) : (
        <ul className="snapshot-list">
          {snapshot.coping.map((coping) => (
            <li key={`${coping.id}-${coping.metric}`}>
              {coping.name || 'A coping strategy'}: {labelOf(coping.metric)} {one(coping.meanWith)} on the{' '}
              {coping.usedDays} days I used it, {one(coping.meanWithout)} on the other {coping.otherDays}.
            </li>
          ))}
        </ul>
      )}
      <p className="snapshot-note">These go together in my check-ins; that does not prove one caused the other.</p>
    </>
  );
}

function PlanDates({
  report,
  snapshot,
  withSafetyPlan,
}: {
  report: ReportData;
  snapshot: ReportSnapshot;
  /** Whether to say when the safety plan was reviewed (the risk line says it when it is printed). */
  withSafetyPlan: boolean;
}) {
  const detail = report.parts.includes('safetyPlan')
    ? 'report-safetyPlan'
    : report.planAreas.includes('safetyPlan')
      ? 'print-area-safetyPlan'
      : undefined;
  return (
    <>
      <SectionHeading detail={detail}>My plan</SectionHeading>
      <p>
        {withSafetyPlan &&
          `Safety plan: ${snapshot.safetyPlanReviewedOn ? `last reviewed ${formatDate(snapshot.safetyPlanReviewedOn)}.` : 'not reviewed yet.'} `}
        {snapshot.lastReviewOn ? `Last plan review: ${formatDate(snapshot.lastReviewOn)}. ` : 'No plan review yet. '}
        {snapshot.nextReviewOn
          ? snapshot.reviewOverdue
            ? `Next review was due ${formatDate(snapshot.nextReviewOn)}: overdue.`
            : `Next review due ${formatDate(snapshot.nextReviewOn)}.`
          : ''}
      </p>
    </>
  );
}

/**
 * Page 1 with progress included: what a clinician needs in the first two minutes, each part
 * linked to its detail. Everything here is worked out in main (`buildSessionSnapshot`); what a part
 * of the plan not shared would reveal (warning signs, triggers) is left out with that part.
 */
export function SessionSnapshotSection({ report, snapshot }: { report: ReportData; snapshot: ReportSnapshot }) {
  const shared = new Set(report.choices.planAreas);
  const topics = report.choices.questions.trim();
  return (
    <div className="session-snapshot">
      <IdentityLine report={report} />
      {topics && (
        <>
          <SectionHeading>What I want to talk about</SectionHeading>
          <p className="report-writing snapshot-topics">{topics}</p>
        </>
      )}
      {shared.has('warningSigns') && <RiskLine snapshot={snapshot} />}
      {report.questionnaires && (
        <>
          <SectionHeading detail="report-questionnaires">My questionnaires</SectionHeading>
          <QuestionnaireRiskLine questionnaires={report.questionnaires} />
          <LatestQuestionnaires questionnaires={report.questionnaires} />
        </>
      )}
      <SectionHeading detail="print-chart-mood">Since last time</SectionHeading>
      <CheckInDays snapshot={snapshot} />
      <MeasuresTable report={report} snapshot={snapshot} />
      <SetbacksLine report={report} snapshot={snapshot} />
      {shared.has('warningSigns') && <WarningSignsLine snapshot={snapshot} />}
      {/* Care (medication changes, doses, use, events) before the patterns: what a clinician acts on first. */}
      <CareLines report={report} />
      {shared.has('triggers') && snapshot.topTriggers.length > 0 && (
        <>
          <SectionHeading detail="print-patterns">Triggers I met most often</SectionHeading>
          <p>
            {snapshot.topTriggers
              .map((trigger) => `${trigger.name || 'A trigger'} (${plural(trigger.days, 'day')})`)
              .join('; ')}
            .
          </p>
        </>
      )}
      <BetterDays report={report} snapshot={snapshot} />
      <PlanDates report={report} snapshot={snapshot} withSafetyPlan={!shared.has('warningSigns')} />
    </div>
  );
}
