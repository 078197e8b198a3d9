import { useId } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import type { QuestionnaireForm } from '../../../shared/questionnaires/questionnaire-form';
import { questionnaireForms } from '../../../shared/questionnaires/questionnaire-forms';
import {
  questionnaireCadences,
  type QuestionnaireCadence,
  type QuestionnaireStatus,
  type ScoredResponse,
} from '../../../shared/questionnaires/questionnaire-response';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { useDrafts } from '../../lib/drafts-context';
import { formatDate } from '../../lib/format-date';
import { cadenceWords, changeWords, scoreWords } from '../../lib/questionnaire-words';
import { useQuestionnaires } from '../../lib/shared-queries';
import { AnswerQuestionnaire, questionnaireDraftForm } from './answer-questionnaire';
import { useScheduleQuestionnaire } from './api';

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
  const { run: schedule, pending } = useScheduleQuestionnaire();
  const started = drafts.kept(questionnaireDraftForm(form)) !== undefined;
  const latest = status.latest;
  return (
    <section className="card questionnaire-card" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {form.shortName} {status.due && <span className="badge">{latest ? 'Due' : 'Due: not answered yet'}</span>}
      </h2>
      <p className="muted">{form.title}</p>
      <p>{form.measures}</p>
      {latest ? (
        <p>
          Last answered {formatDate(latest.day)}: {scoreWords(latest)}. {changeWords(latest)}
        </p>
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
          disabled={pending}
          onChange={(event) => void schedule({ form: form.id, cadence: event.target.value as QuestionnaireCadence })}
        >
          {questionnaireCadences.map((cadence) => (
            <option key={cadence} value={cadence}>
              {cadenceWords[cadence]}
            </option>
          ))}
        </select>
        {status.nextDueOn && !status.due && <span className="muted">Next on {formatDate(status.nextDueOn)}</span>}
      </div>
      {responses.length > 0 && <PastAnswers form={form} responses={responses} />}
    </section>
  );
}

function PastAnswers({ form, responses }: { form: QuestionnaireForm; responses: readonly ScoredResponse[] }) {
  return (
    <table className="questionnaire-history">
      <caption>My past {form.shortName} answers, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Score</th>
          <th scope="col">Range</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {[...responses].reverse().map((response) => (
          <tr key={response.id}>
            <th scope="row">{formatDate(response.day)}</th>
            <td>{response.total}</td>
            <td>{response.band}</td>
            <td>
              {response.change
                ? `${response.change.points > 0 ? '+' : ''}${response.change.points}${response.change.reliable ? ' (a clear change)' : ''}`
                : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
