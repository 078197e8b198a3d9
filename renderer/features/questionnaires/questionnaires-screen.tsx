import { useId, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import type { QuestionnaireForm } from '../../../shared/questionnaires/questionnaire-form';
import { questionnaireForms } from '../../../shared/questionnaires/questionnaire-forms';
import {
  questionnaireCadences,
  type QuestionnaireCadence,
  type QuestionnaireStatus,
  type ScoredResponse,
} from '../../../shared/questionnaires/questionnaire-response';
import { ConfirmPanel } from '../../components/confirm-panel';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { questionnaireDraftForm, useDrafts } from '../../lib/drafts-context';
import { formatDate } from '../../lib/format-date';
import { cadenceWords, changeWords, riskItemWords, scoreWords, thresholdWords } from '../../lib/questionnaire-words';
import { useQuestionnaires } from '../../lib/shared-queries';
import { AnswerQuestionnaire } from './answer-questionnaire';
import { useDeleteResponse, useScheduleQuestionnaire } from './api';
import { SuggestedSchedules } from './suggested-schedules';
import { ThresholdChoice } from './threshold-choice';
import { ScoreCells, ScoreColumnHeads } from '../../components/score-cells';

/** The Questionnaires area: every form with its schedule and results, or one form being answered. */
export function QuestionnairesScreen() {
  const { form: formId } = useParams();
  if (formId !== undefined) {
    const form = questionnaireForms.find((candidate) => candidate.id === formId);
    if (!form) return <Navigate to="/questionnaires" replace />;
    return <AnswerQuestionnaire key={form.id} form={form} />;
  }
  return <QuestionnaireList />;
}

function QuestionnaireList() {
  const { data: view, error } = useQuestionnaires();
  return (
    <>
      <PageHeading description="Short forms that clinicians use to follow how someone is doing, printed word for word as published. My answers stay in my vault.">
        Questionnaires
      </PageHeading>
      {error && <Notice tone="error">{error.message}</Notice>}
      {view && <SuggestedSchedules forms={view.forms} />}
      {view &&
        questionnaireForms.map((form) => (
          <FormCard
            key={form.id}
            form={form}
            status={view.forms.find((status) => status.form === form.id)!}
            responses={view.responses.filter((response) => response.form === form.id)}
          />
        ))}
    </>
  );
}

function FormCard({
  form,
  status,
  responses,
}: {
  form: QuestionnaireForm;
  status: QuestionnaireStatus;
  responses: readonly ScoredResponse[];
}) {
  const titleId = useId();
  const scheduleId = useId();
  const drafts = useDrafts();
  const { run: schedule } = useScheduleQuestionnaire();
  const [scheduleProblem, setScheduleProblem] = useState<string>();
  const started = drafts.kept(questionnaireDraftForm(form.id)) !== undefined;
  const latest = status.latest;
  return (
    <section className="card questionnaire-card" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {form.shortName} {status.due && <span className="badge">{latest ? 'Due' : 'Due: not answered yet'}</span>}
      </h2>
      <p className="muted">{form.title}</p>
      <p>{form.measures}</p>
      {latest ? (
        <>
          <p>
            Last answered {formatDate(latest.day)}: {scoreWords(latest)}. {changeWords(latest)} {thresholdWords(latest)}
          </p>
          {(latest.riskItemPoints ?? 0) > 0 && (
            <p>
              <strong>{riskItemWords}.</strong> This is worth talking over with my clinician whatever the total.{' '}
              <Link to="/plan/safety">Open my safety plan</Link>
            </p>
          )}
        </>
      ) : (
        <p className="muted">Not answered yet.</p>
      )}
      <div className="form-actions">
        <Link to={`/questionnaires/${form.id}`} className={status.due ? 'button-primary' : 'button-secondary'}>
          {started ? `Go on with the ${form.shortName}` : `Answer the ${form.shortName}`}
        </Link>
        <label htmlFor={scheduleId}>Ask me</label>
        <select
          id={scheduleId}
          value={status.cadence}
          onChange={(event) => {
            setScheduleProblem(undefined);
            void schedule({ form: form.id, cadence: event.target.value as QuestionnaireCadence }).then((result) => {
              if (!result.ok) setScheduleProblem(result.error.message);
            });
          }}
        >
          {questionnaireCadences.map((cadence) => (
            <option key={cadence} value={cadence}>
              {cadenceWords[cadence]}
            </option>
          ))}
        </select>
        {status.nextDueOn && !status.due && <span className="muted">Next on {formatDate(status.nextDueOn)}</span>}
      </div>
      {scheduleProblem && <Notice tone="error">{scheduleProblem}</Notice>}
      {form.maleBands && <ThresholdChoice formName={form.shortName} />}
      {responses.length > 0 && <PastAnswers form={form} responses={responses} />}
    </section>
  );
}

function PastAnswers({ form, responses }: { form: QuestionnaireForm; responses: readonly ScoredResponse[] }) {
  const [removing, setRemoving] = useState<ScoredResponse>();
  const [problem, setProblem] = useState<string>();
  const { run: remove, pending } = useDeleteResponse();
  return (
    <>
      <table className="questionnaire-history">
        <caption>My past {form.shortName} answers, newest first</caption>
        <thead>
          <tr>
            <ScoreColumnHeads />
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {[...responses].reverse().map((response) => (
            <tr key={response.id}>
              <ScoreCells response={response} />
              <td>
                <button
                  type="button"
                  className="button-quiet button-small"
                  onClick={() => {
                    setProblem(undefined);
                    setRemoving(response);
                  }}
                >
                  Remove<span className="visually-hidden"> my answer from {formatDate(response.day)}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {removing && (
        <ConfirmPanel
          key={removing.id}
          question={`Remove my ${form.shortName} answer from ${formatDate(removing.day)}?`}
          error={problem}
          working={pending}
          confirmLabel="Remove it"
          workingLabel="Removing…"
          cancelLabel="Keep it"
          tone="danger"
          onConfirm={() =>
            void remove({ id: removing.id }).then((result) => {
              if (result.ok) setRemoving(undefined);
              else setProblem(result.error.message);
            })
          }
          onCancel={() => setRemoving(undefined)}
        >
          <p>Its answers and score leave my vault. The change shown for the answer after it is worked out again.</p>
        </ConfirmPanel>
      )}
    </>
  );
}
