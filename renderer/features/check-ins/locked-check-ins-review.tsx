import { useId, useRef, useState } from 'react';
import type { PendingLockedCheckIn } from '../../../shared/check-ins/locked-check-in';
import { Notice } from '../../components/notice';
import { formatDate, formatMoment } from '../../lib/format-date';
import { useDecideLockedCheckIn, useDismissLockedCheckInNotices, useLockedCheckInReview } from './api';

/**
 * After an unlock, above every screen until answered: the check-ins written while Waypoint was
 * locked, each to keep (it becomes a check-in of the day it was written) or discard, since someone
 * else at this computer could have written one; and what the unlock found wrong, if anything.
 */
export function LockedCheckInsReview() {
  const id = useId();
  const { data: review } = useLockedCheckInReview();
  const decide = useDecideLockedCheckIn();
  const dismiss = useDismissLockedCheckInNotices();
  const [problem, setProblem] = useState<string>();
  const [answered, setAnswered] = useState<string>();
  // The button pressed goes with its entry: focus moves to the heading, which says how many are left.
  const heading = useRef<HTMLHeadingElement>(null);
  if (!review || (review.pending.length === 0 && review.notices.length === 0 && !answered)) return null;

  async function answer(entry: PendingLockedCheckIn, keep: boolean): Promise<void> {
    const result = await decide.run({ id: entry.id, keep });
    if (!result.ok) return setProblem(result.error.message);
    setProblem(undefined);
    requestAnimationFrame(() => heading.current?.focus());
    setAnswered(
      keep
        ? `Kept the check-in of ${formatDate(entry.day)} in my check-ins.`
        : `Discarded the check-in written ${formatMoment(entry.writtenAt)}.`,
    );
  }

  const count = review.pending.length;
  return (
    <section className="card locked-review" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {count === 0
          ? 'Written while Waypoint was locked'
          : count === 1
            ? '1 check-in written while Waypoint was locked'
            : `${count} check-ins written while Waypoint was locked`}
      </h2>
      {count > 0 && (
        <>
          <p>Someone else at this computer could have written one: I keep mine, and discard any that are not.</p>
          <ul className="locked-review-list">
            {review.pending.map((entry) => (
              <li key={entry.id}>
                <p>
                  <strong>{formatMoment(entry.writtenAt)}</strong> · mood {entry.mood} out of 10
                  {entry.note && <> · {entry.note}</>}
                </p>
                <div className="form-actions">
                  <button
                    type="button"
                    className="button-primary button-small"
                    disabled={decide.pending}
                    onClick={() => void answer(entry, true)}
                  >
                    Keep<span className="visually-hidden"> the check-in written {formatMoment(entry.writtenAt)}</span>
                  </button>
                  <button
                    type="button"
                    className="button-secondary button-small"
                    disabled={decide.pending}
                    onClick={() => void answer(entry, false)}
                  >
                    Discard
                    <span className="visually-hidden"> the check-in written {formatMoment(entry.writtenAt)}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {answered && <Notice tone="success">{answered}</Notice>}
      {problem && <Notice tone="error">{problem}</Notice>}
      {review.notices.length > 0 && (
        <Notice tone="info" title="What Waypoint noticed">
          {review.notices.map((notice) => (
            <p key={notice}>{notice}</p>
          ))}
          <button type="button" className="button-quiet button-small" onClick={() => void dismiss.run({})}>
            Dismiss
          </button>
        </Notice>
      )}
      {count === 0 && review.notices.length === 0 && (
        <button type="button" className="button-quiet button-small" onClick={() => setAnswered(undefined)}>
          Close
        </button>
      )}
    </section>
  );
}
