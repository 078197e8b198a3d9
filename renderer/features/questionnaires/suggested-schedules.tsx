import { useState } from 'react';
import { questionnaireForm } from '../../../shared/questionnaires/questionnaire-forms';
import type { QuestionnaireStatus } from '../../../shared/questionnaires/questionnaire-response';
import { suggestedSchedules } from '../../../shared/questionnaires/questionnaire-suggestions';
import { Notice } from '../../components/notice';
import { cadenceWords } from '../../lib/questionnaire-words';
import { useSettings } from '../../lib/settings';
import { usePlanView } from '../../lib/shared-queries';
import { useScheduleQuestionnaire } from './api';

/**
 * The schedules suggested for what my plan says I am recovering from, offered once with one button
 * to take them all and one to put them away. Nothing is scheduled until I choose.
 */
export function SuggestedSchedules({ forms }: { forms: readonly QuestionnaireStatus[] }) {
  const plan = usePlanView().data?.plan;
  const { settings, update } = useSettings();
  const { run: schedule, pending } = useScheduleQuestionnaire();
  const [problem, setProblem] = useState<string>();
  if (!plan || !settings || settings.questionnaireSuggestionsDismissed) return null;
  const suggestions = suggestedSchedules(plan, forms);
  if (suggestions.length === 0) return null;

  const takeThem = async () => {
    setProblem(undefined);
    for (const suggestion of suggestions) {
      const result = await schedule(suggestion);
      if (!result.ok) return setProblem(result.error.message);
    }
    // Offered once: a form I later stop asking for is not suggested again.
    setProblem(await update({ questionnaireSuggestionsDismissed: true }));
  };
  return (
    <section className="card suggestion-card" aria-labelledby="suggested-schedules-title">
      <h2 id="suggested-schedules-title">Suggested for my plan</h2>
      <p>Answering the same form at regular times shows change that is easy to miss from day to day:</p>
      <ul>
        {suggestions.map((suggestion) => (
          <li key={suggestion.form}>
            The {questionnaireForm(suggestion.form).shortName}: {cadenceWords[suggestion.cadence].toLowerCase()}
          </li>
        ))}
      </ul>
      <p className="muted">Each can be changed or stopped on its own below.</p>
      <div className="button-row">
        <button type="button" className="button-primary" disabled={pending} onClick={() => void takeThem()}>
          {suggestions.length === 1 ? 'Ask me this' : 'Ask me these'}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={pending}
          onClick={() => void update({ questionnaireSuggestionsDismissed: true }).then(setProblem)}
        >
          Not now
        </button>
      </div>
      {problem && <Notice tone="error">{problem}</Notice>}
    </section>
  );
}
