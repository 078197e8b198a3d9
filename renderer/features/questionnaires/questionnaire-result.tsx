import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { QuestionnaireForm } from '../../../shared/questionnaires/questionnaire-form';
import { questionnaireForm } from '../../../shared/questionnaires/questionnaire-forms';
import { EmergencyLine } from '../../components/emergency-line';
import { formatDate } from '../../lib/format-date';
import { changeWords, riskItemWords, scoreWords, thresholdWords } from '../../lib/questionnaire-words';
import { usePlanView, useQuestionnaires } from '../../lib/shared-queries';
import { useSlots } from '../../lib/slots';
import { ThresholdChoice } from './threshold-choice';

const crisisTitle = 'Before my score: I said I have had thoughts of being better off dead or of hurting myself';

/**
 * What a saved questionnaire says, in calm words: never a diagnosis, never "you are fine". When the
 * PHQ-9's ninth question was answered above "Not at all", my safety plan, my people and the
 * emergency line come first, before any score, whatever the total; if my plan cannot be read, the
 * emergency line and the way to my safety plan still come first.
 */
export function QuestionnaireResult({ form, responseId }: { form: QuestionnaireForm; responseId: string }) {
  const { data: view } = useQuestionnaires();
  const planQuery = usePlanView();
  const plan = planQuery.data?.plan;
  const slots = useSlots();
  const heading = useRef<HTMLHeadingElement>(null);
  const response = view?.responses.find((candidate) => candidate.id === responseId);
  const crisisFirst = (response?.riskItemPoints ?? 0) > 0;
  const waitingForPlan = crisisFirst && !plan && !planQuery.error;
  useEffect(() => {
    if (response && !crisisFirst) heading.current?.focus();
  }, [response, crisisFirst]);
  // Nothing of the score shows before the crisis help it must follow.
  if (!response || waitingForPlan) return <p className="muted">Working out my score…</p>;
  const change = changeWords(response);
  const fullForm = form.shortFormOf ? questionnaireForm(form.shortFormOf) : undefined;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        My {form.shortName} on {formatDate(response.day)}
      </h1>
      {crisisFirst &&
        (plan ? (
          <slots.CrisisPanel
            plan={plan}
            title={crisisTitle}
            intro="Thoughts like these are worth acting on today, whatever the score. Here is what my plan says to do."
          />
        ) : (
          <CrisisFallback />
        ))}
      <section className="card questionnaire-result" aria-labelledby="questionnaire-result-title">
        <h2 id="questionnaire-result-title">My score</h2>
        <p className="questionnaire-score">{scoreWords(response)}.</p>
        {response.threshold && <p>{thresholdWords(response)}</p>}
        {change && <p>{change}</p>}
        <p className="muted">{form.measures}</p>
        {crisisFirst && (
          <p>
            <strong>{riskItemWords}.</strong> This matters whatever the total is.
          </p>
        )}
        {response.talkItOver ? (
          <p>This is worth talking over with my clinician.</p>
        ) : (
          <p>
            A score is one view of {form.period}, not the whole picture. I can talk any of it over with my clinician.
          </p>
        )}
        {fullForm && response.talkItOver && (
          <p>
            The full {fullForm.shortName} gives a fuller picture.{' '}
            <Link to={`/questionnaires/${fullForm.id}`}>Answer the {fullForm.shortName}</Link>
          </p>
        )}
        {form.maleBands && <ThresholdChoice formName={form.shortName} />}
        <div className="form-actions">
          <Link to="/questionnaires" className="button-primary">
            Back to my questionnaires
          </Link>
        </div>
      </section>
    </>
  );
}

/** When my plan cannot be read: the emergency line and the way to my safety plan, still first. */
function CrisisFallback() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card crisis-panel" aria-labelledby="questionnaire-crisis-title">
      <h2 id="questionnaire-crisis-title" ref={heading} tabIndex={-1}>
        {crisisTitle}
      </h2>
      <EmergencyLine />
      <div className="form-actions">
        <Link to="/plan/safety" className="button-primary">
          Open my safety plan
        </Link>
      </div>
    </section>
  );
}
