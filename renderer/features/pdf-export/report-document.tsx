import { MeasureNamesProvider } from '../../lib/measure-names';
import type { ReportData } from '../../../shared/pdf-export/report-data';
import type { PlanDocument } from '../../../shared/plan/plan-document';
import { useSlots, type ContentsEntry, type ReportParts } from '../../lib/slots';
import {
  JournalNotesPart,
  QuestionsPart,
  ReportPart,
  TitlePage,
  reportPartTitles,
  reportRangeText,
} from './report-pages';
import { QuestionnairesPart } from './questionnaires-print';

/**
 * The plan as its safety plan prints: the people, services and crisis lines it names carry the
 * contact details main sent for them (the rest of the plan has them only if the person chose so).
 */
function safetyPlanView(report: ReportData): PlanDocument {
  const { plan, safetyPlanContacts } = report;
  const withContact = <T extends { id: string; contact: string }>(entry: T): T => ({
    ...entry,
    contact: safetyPlanContacts[entry.id] ?? entry.contact,
  });
  const safetyPlan = { ...plan.safetyPlan };
  for (const step of report.withheldSafetyPlanSteps) safetyPlan[step] = 'Not shared in this copy.';
  return {
    ...plan,
    safetyPlan,
    supportNetwork: {
      people: plan.supportNetwork.people.map(withContact),
      resources: plan.supportNetwork.resources.map(withContact),
    },
    careTeam: { ...plan.careTeam, professionals: plan.careTeam.professionals.map(withContact) },
  };
}

/** The contents on page 1: each part, with the plan's areas and the progress pages' blocks inside. */
function reportContents(report: ReportData, { areaTitle, progressPrintContents }: ReportParts): ContentsEntry[] {
  return report.parts.flatMap((part): ContentsEntry[] => {
    if (part === 'title') return [];
    const entry = { id: `report-${part}`, title: reportPartTitles[part] };
    if (part === 'plan') {
      return [
        { ...entry, entries: report.planAreas.map((area) => ({ id: `print-area-${area}`, title: areaTitle(area) })) },
      ];
    }
    if (part === 'progress' && report.progress) {
      return [{ ...entry, entries: progressPrintContents(report.progress, patternsShared(report)) }];
    }
    return [entry];
  });
}

/**
 * The PDF's content, part by part in the order main chose: the plan and progress features typeset
 * their own parts (in the `reportParts` slot app/ fills). The print view prints it; the Export
 * screen shows it as the preview.
 */
export function ReportDocument({ report }: { report: ReportData }) {
  const { plan, progress } = report;
  const parts = useSlots().reportParts;
  const { PlanAreaPrint, PlanChangesPrint, GoalProgressPrint, ProgressPrint, PatternFrequencyPrint, areaTitle } = parts;
  const { MedicationsPrint, UsePrint } = parts;
  return (
    <MeasureNamesProvider value={report.measures}>
      <article className={`report report-${report.choices.paper}`} aria-label="Your PDF">
        {report.parts.map((part) => {
          switch (part) {
            case 'title':
              return (
                <TitlePage
                  key={part}
                  report={report}
                  contents={reportContents(report, parts)}
                  leftOut={report.blankPlanAreas.map(areaTitle)}
                />
              );
            case 'safetyPlan':
              return (
                <ReportPart key={part} id="safetyPlan">
                  <PlanAreaPrint area="safetyPlan" plan={safetyPlanView(report)} heading={false} />
                </ReportPart>
              );
            case 'questions':
              return <QuestionsPart key={part} text={report.choices.questions} />;
            case 'changes':
              return (
                report.changes && (
                  <ReportPart key={part} id="changes">
                    <PlanChangesPrint
                      since={report.changes.since}
                      notes={report.changes.notes}
                      diff={report.changes.diff}
                      plan={plan}
                    />
                  </ReportPart>
                )
              );
            case 'plan':
              return (
                <ReportPart key={part} id="plan">
                  {report.planAreas.map((area) => (
                    <PlanAreaPrint
                      key={area}
                      area={area}
                      plan={area === 'safetyPlan' ? safetyPlanView(report) : plan}
                    />
                  ))}
                </ReportPart>
              );
            case 'progress':
              return (
                progress && (
                  <ReportPart key={part} id="progress">
                    <p className="report-lead">Check-ins from {reportRangeText(progress.range)}.</p>
                    <ProgressPrint progress={progress} rangeText={reportRangeText(progress.range)} />
                    {progress.goals.length > 0 && (
                      <GoalProgressPrint goals={progress.goals} setbackWord={report.setbackWord} />
                    )}
                    {report.snapshot && patternsShared(report) && (
                      <PatternFrequencyPrint frequency={report.snapshot.frequency} />
                    )}
                  </ReportPart>
                )
              );
            case 'medications':
              return (
                report.medications &&
                report.range && (
                  <ReportPart key={part} id="medications">
                    <MedicationsPrint medications={report.medications} rangeText={reportRangeText(report.range)} />
                  </ReportPart>
                )
              );
            case 'substanceUse':
              return (
                report.substanceUse && (
                  <ReportPart key={part} id="substanceUse">
                    <UsePrint use={report.substanceUse} />
                  </ReportPart>
                )
              );
            case 'questionnaires':
              return report.questionnaires && <QuestionnairesPart key={part} report={report} />;
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

/** The trigger and warning-sign tables print only with their parts of the plan (main leaves the rest out). */
const patternsShared = (report: ReportData) =>
  report.snapshot !== null &&
  (report.choices.planAreas.includes('triggers') || report.choices.planAreas.includes('warningSigns'));
