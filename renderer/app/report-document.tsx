import { MeasureNamesProvider } from '../lib/measure-names';
import type { ReportData } from '../../shared/pdf-export/report-data';
import {
  JournalNotesPart,
  QuestionsPart,
  ReportPart,
  TitlePage,
  reportRangeText,
} from '../features/pdf-export/report-pages';
import { PlanAreaPrint, PlanChangesPrint } from '../features/plan/plan-print';
import { ProgressPrint } from '../features/progress/progress-print';
import { PatternFrequencyPrint } from '../features/progress/pattern-frequency-print';

/**
 * The PDF's content, part by part in the order main chose: each feature typesets its own part.
 * The print view prints it; the Export screen shows it as the preview. It lives in app/ because
 * it is the one place that brings the features' parts together.
 */
export function ReportDocument({ report }: { report: ReportData }) {
  const { plan, progress } = report;
  return (
    <MeasureNamesProvider value={report.measures}>
      <article className={`report report-${report.choices.paper}`} aria-label="Your PDF">
        {report.parts.map((part) => {
          switch (part) {
            case 'title':
              return <TitlePage key={part} report={report} />;
            case 'safetyPlan':
              return (
                <ReportPart key={part} id="safetyPlan">
                  <PlanAreaPrint area="safetyPlan" plan={plan} heading={false} />
                </ReportPart>
              );
            case 'questions':
              return <QuestionsPart key={part} text={report.choices.questions} />;
            case 'changes':
              return (
                report.changes && (
                  <ReportPart key={part} id="changes">
                    <PlanChangesPrint since={report.changes.since} diff={report.changes.diff} plan={plan} />
                  </ReportPart>
                )
              );
            case 'plan':
              return (
                <ReportPart key={part} id="plan">
                  {report.planAreas.map((area) => (
                    <PlanAreaPrint key={area} area={area} plan={plan} />
                  ))}
                </ReportPart>
              );
            case 'progress':
              return (
                progress && (
                  <ReportPart key={part} id="progress">
                    <p className="report-lead">Check-ins from {reportRangeText(progress.range)}.</p>
                    <ProgressPrint progress={progress} rangeText={reportRangeText(progress.range)} />
                    {report.snapshot && <PatternFrequencyPrint frequency={report.snapshot.frequency} />}
                  </ReportPart>
                )
              );
            case 'journalNotes':
              return (
                report.journalNotes && <JournalNotesPart key={part} notes={report.journalNotes} range={report.range} />
              );
          }
        })}
      </article>
    </MeasureNamesProvider>
  );
}
