import { useState, type MouseEvent } from 'react';
import type { MilestonesView } from '../../../shared/milestones/milestone';
import { TextAreaField } from '../../components/form-fields';
import { formatDate } from '../../lib/format-date';
import { useOneAtATime } from '../../lib/use-one-at-a-time';
import { useMarkMilestone } from './api';

/** A milestone reached, marked calmly once: a sentence, an optional note, and it is done. */
export function MilestoneMark({ view }: { view: MilestonesView }) {
  const markMilestone = useMarkMilestone();
  const marking = useOneAtATime();
  const [writing, setWriting] = useState(false);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string>();
  const milestone = view.toMark!;
  const what = milestone.title;
  const when = milestone.date === view.today ? 'Today I reach' : `On ${formatDate(milestone.date)} I reached`;

  const markButton = {
    disabled: marking.busy,
    onClick: (event: MouseEvent<HTMLButtonElement>) => {
      if (event.detail <= 1) void marking.run(mark);
    },
  };

  async function mark(): Promise<void> {
    // Once marked, the milestones are asked again, and this goes.
    const result = await markMilestone.run({ today: view.today, key: milestone.key, note });
    if (!result.ok) setProblem(result.error.message);
  }

  return (
    <div className="milestone-mark" role="status">
      <p>
        <span aria-hidden="true">★ </span>
        {when} <strong>{what}</strong>. That is worth a moment.
      </p>
      {writing && (
        <TextAreaField
          label="A note for this milestone (private)"
          hint="What got me here, or how it feels. It stays with the milestone."
          value={note}
          onChange={setNote}
          rows={2}
        />
      )}
      {problem && <p className="field-error">{problem}</p>}
      <div className="form-actions">
        {writing ? (
          <button type="button" className="button-primary button-small" {...markButton}>
            Save the note
          </button>
        ) : (
          <>
            <button type="button" className="button-secondary button-small" onClick={() => setWriting(true)}>
              Add a note
            </button>
            <button type="button" className="button-quiet button-small" {...markButton}>
              Done
            </button>
          </>
        )}
      </div>
    </div>
  );
}
