import { useId, useState } from 'react';
import type { Settings } from '../../../shared/settings/settings';
import { Notice } from '../../components/notice';
import { thresholdSexWords } from '../../lib/questionnaire-words';
import { useSettings } from '../../lib/settings';

type Choice = NonNullable<Settings['thresholdSex']>;
const choices = Object.keys(thresholdSexWords) as Choice[];

/**
 * Which published threshold a form with one per sex (AUDIT-C) uses for me: optional, asked once and
 * changeable; every score is worked out again with it. Until I say, the lower threshold applies.
 */
export function ThresholdChoice({ formName }: { formName: string }) {
  const id = useId();
  const { settings, update } = useSettings();
  const [problem, setProblem] = useState<string>();
  if (!settings) return null;
  return (
    <div className="threshold-choice">
      <label htmlFor={id}>Which threshold my {formName} uses (optional)</label>
      <select
        id={id}
        value={settings.thresholdSex ?? ''}
        onChange={(event) => {
          setProblem(undefined);
          void update({ thresholdSex: event.target.value as Choice }).then(setProblem);
        }}
      >
        {settings.thresholdSex === null && <option value="">Not chosen yet (3 or more is used)</option>}
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {thresholdSexWords[choice]}
          </option>
        ))}
      </select>
      {problem && <Notice tone="error">{problem}</Notice>}
    </div>
  );
}
