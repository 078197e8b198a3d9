import type { ReportData, ReportQuestionnaires } from '../../../shared/pdf-export/report-data';
import { optionsOf } from '../../../shared/questionnaires/questionnaire-form';
import { questionnaireForm, questionnaireForms } from '../../../shared/questionnaires/questionnaire-forms';
import { endorsedRiskItem, type ScoredResponse } from '../../../shared/questionnaires/questionnaire-response';
import { formatDate } from '../../lib/format-date';
import { changeCellWords, realChangeNote, scoreWords, thresholdWords } from '../../lib/questionnaire-words';
import { ReportPart, reportRangeText } from './report-pages';
import { ScoreCells, ScoreColumnHeads } from '../../components/score-cells';

/** Answers whose risk item (PHQ-9 question 9) was above "Not at all", oldest first. */
const riskAnswers = (responses: readonly ScoredResponse[]) => responses.filter(endorsedRiskItem);

/** "Several days": the published answer given to the form's risk item. */
function riskItemAnswer(response: ScoredResponse): string {
  const form = questionnaireForm(response.form);
  const option = optionsOf(form, form.riskItem!).find((candidate) => candidate.points === response.riskItemPoints);
  return option?.label ?? String(response.riskItemPoints);
}

/**
 * For the risk line: each questionnaire in the range whose question about thoughts of being better
 * off dead or of self-harm was answered above "Not at all", dated, with the answer, whatever the total.
 */
export function QuestionnaireRiskLine({ questionnaires }: { questionnaires: ReportQuestionnaires }) {
  const endorsed = riskAnswers(questionnaires.inRange);
  if (endorsed.length === 0) return null;
  return (
    <p className="questionnaire-risk">
      <strong>
        Thoughts of being better off dead or of hurting myself (PHQ-9 question 9), whatever the total:{' '}
        {endorsed.map((response) => `“${riskItemAnswer(response)}” on ${formatDate(response.day)}`).join('; ')}.
      </strong>
    </p>
  );
}

/**
 * Each form's latest answer, a line each to keep page 1 to one page: its score and range, the date,
 * and the change since the one before.
 */
export function LatestQuestionnaires({ questionnaires }: { questionnaires: ReportQuestionnaires }) {
  const { latest } = questionnaires;
  if (latest.length === 0) return <p>No questionnaire answered yet.</p>;
  const note = realChangeNote(latest.map((response) => response.form));
  return (
    <>
      <ul className="snapshot-list questionnaire-latest">
        {latest.map((response) => (
          <li key={response.form}>
            <strong>{questionnaireForm(response.form).shortName}</strong> on {formatDate(response.day)}:{' '}
            {scoreWords(response)}
            {response.change && `; ${changeCellWords(response)} since ${formatDate(response.change.sinceDay)}`}.
            {(response.riskItemPoints ?? 0) > 0 && <strong> Question 9: “{riskItemAnswer(response)}”.</strong>}
            {response.threshold && ` ${thresholdWords(response)}`}
          </li>
        ))}
      </ul>
      <p className="snapshot-note">Ranges are the published bands, not a diagnosis.{note && ` ${note}`}</p>
    </>
  );
}

/** Every answer to one form in the range, oldest first, with each question's answer when chosen. */
function FormAnswers({ responses, itemAnswers }: { responses: readonly ScoredResponse[]; itemAnswers: boolean }) {
  const form = questionnaireForm(responses[0]!.form);
  return (
    <section className="questionnaire-print" aria-labelledby={`print-questionnaire-${form.id}`}>
      <h2 id={`print-questionnaire-${form.id}`}>{form.title}</h2>
      <p className="print-muted">{form.measures}</p>
      <table>
        <thead>
          <tr>
            <ScoreColumnHeads />
            {itemAnswers && <th scope="col">Answers to questions 1 to {form.items.length}</th>}
          </tr>
        </thead>
        <tbody>
          {responses.map((response) => (
            <tr key={response.id}>
              <ScoreCells response={response} riskNote={<strong> (question 9: “{riskItemAnswer(response)}”)</strong>} />
              {itemAnswers && (
                <td className="questionnaire-items">
                  {response.items.join(' · ')}
                  {response.followUp !== null && form.followUp && (
                    <> (difficulty: {form.followUp.options.find((o) => o.points === response.followUp)?.label})</>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {responses[0]!.threshold && <p className="print-muted">{thresholdWords(responses.at(-1)!)}</p>}
      <p className="print-credit">{form.credit}</p>
    </section>
  );
}

/**
 * The questionnaires part: every answer in the range, form by form, scored in main by each form's
 * published rules. Without progress pages (so without page 1's summary), it opens with each form's
 * latest score.
 */
export function QuestionnairesPart({ report }: { report: ReportData }) {
  const questionnaires = report.questionnaires!;
  const byForm = questionnaireForms
    .map((form) => questionnaires.inRange.filter((response) => response.form === form.id))
    .filter((responses) => responses.length > 0);
  const note = realChangeNote(questionnaires.inRange.map((response) => response.form));
  return (
    <ReportPart id="questionnaires">
      {report.range && <p className="report-lead">Questionnaires I answered, {reportRangeText(report.range)}.</p>}
      {note && byForm.length > 0 && <p className="print-muted">{note}</p>}
      {!report.snapshot && (
        <>
          <QuestionnaireRiskLine questionnaires={questionnaires} />
          <LatestQuestionnaires questionnaires={questionnaires} />
        </>
      )}
      {byForm.length === 0 ? (
        <p className="print-empty">No questionnaire answered in this range.</p>
      ) : (
        byForm.map((responses) => (
          <FormAnswers key={responses[0]!.form} responses={responses} itemAnswers={questionnaires.itemAnswers} />
        ))
      )}
    </ReportPart>
  );
}
