import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { QuestionnaireForm } from '../../../shared/questionnaires/questionnaire-form';
import { formatDate } from '../../lib/format-date';
import { changeWords, scoreWords } from '../../lib/questionnaire-words';
import { usePlanView, useQuestionnaires } from '../../lib/shared-queries';
import { useSlots } from '../../lib/slots';

/**
 * What a saved questionnaire says, in calm words: never a diagnosis, never "you are fine". When the
 * PHQ-9's ninth question was answered above "Not at all", my safety plan, my people and the
 * emergency line come first, before any score, whatever the total.
 */
export function QuestionnaireResult({ form, responseId }: { form: QuestionnaireForm; responseId: string }) {
  const { data: view } = useQuestionnaires();
  const plan = usePlanView().data?.plan;
  const slots = useSlots();
  const heading = useRef<HTMLHeadingElement>(null);
  const response = view?.responses.find((candidate) => candidate.id === responseId);
  const crisisFirst = (response?.riskItemPoints ?? 0) > 0;
  useEffect(() => {
    if (response && !crisisFirst) heading.current?.focus();
  }, [response, crisisFirst]);
  if (!response) return <p className="muted">Working out my score…</p>;
  const change = changeWords(response);
  return (
    <>
      {crisisFirst && plan && (
        <slots.CrisisPanel
          plan={plan}
          title="Before my score: I said I have had thoughts of being better off dead or of hurting myself"
          intro="Thoughts like these are worth acting on today, whatever the score. Here is what my plan says to do."
        />
      )}
      <section className="card questionnaire-result" aria-labelledby="questionnaire-result-title">
        <h1 id="questionnaire-result-title" ref={heading} tabIndex={-1}>
          My {form.shortName} on {formatDate(response.day)}
        </h1>
        <p className="questionnaire-score">{scoreWords(response)}.</p>
        {change && <p>{change}</p>}
        <p className="muted">{form.measures}</p>
        {response.talkItOver ? (
          <p>A score in this range is worth talking over with my clinician.</p>
        ) : (
          <p>
            A score is one view of the last two weeks, not the whole picture. I can talk any of it over with my
            clinician.
          </p>
        )}
        {crisisFirst && (
          <p>
            <strong>
              I answered the question about thoughts of being better off dead or of hurting myself above “Not at all”.
            </strong>{' '}
            This matters whatever the total is.
          </p>
        )}
        <div className="form-actions">
          <Link to="/questionnaires" className="button-primary">
            Back to my questionnaires
          </Link>
        </div>
      </section>
    </>
  );
}
