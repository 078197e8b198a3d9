import { useEffect, useRef, useState, type FormEvent } from 'react';
import { writtenReviewSchema, type PlanReviewSummary, type ReviewNotes } from '../../../../shared/plan/plan-review';
import { UndoNotice } from '../../../components/undo-notice';
import { DateField, SelectField, TextAreaField } from '../../../components/form-fields';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { PlanDiffView } from '../plan-diff-view';
import { sectionFields } from '../plan-fields';
import { reviewNoteLabels } from '../plan-labels';
import { problemsByField } from '../plan-form';
import { formatDate } from '../../../lib/format-date';
import { usePlanStore } from '../plan-store';
import { usePlanComparison } from '../api';
import { SectionForm } from '../section-form';
import { planPageTitle } from '../plan-pages';
import { useCheckInToday } from '../../../lib/check-in-clock';
import { draftLike, useDrafts } from '../../../lib/drafts-context';
import { useOneAtATime } from '../../../lib/use-one-at-a-time';

/** A new review, dated today (the check-in day, as everywhere in Waypoint). */
const blankNotes = (today: string): ReviewNotes => ({ reviewedOn: today, working: '', notWorking: '', changes: '' });

/** The review form's drafts key: notes half-written when the vault locks come back at unlock. */
const reviewDraftForm = 'plan-review';

function RecordReview({ today }: { today: string }) {
  const { perform } = usePlanStore();
  const drafts = useDrafts();
  const [notes, setNotes] = useState(
    () => draftLike(drafts.kept(reviewDraftForm), blankNotes(today)) ?? blankNotes(today),
  );
  useEffect(() => {
    const blank = JSON.stringify(notes) === JSON.stringify(blankNotes(today));
    if (blank) drafts.drop(reviewDraftForm);
    else drafts.keep(reviewDraftForm, notes);
  }, [notes, today, drafts]);
  const saving = useOneAtATime();
  const [submitted, setSubmitted] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  // A blank review is never saved: a second click on the emptied form says what to write instead.
  const parsed = writtenReviewSchema.safeParse(notes);
  const problems = submitted ? problemsByField(parsed) : {};
  const set = (field: keyof ReviewNotes) => (value: string | null) =>
    setNotes((current) => ({ ...current, [field]: value ?? '' }));

  const record = (event: FormEvent) => {
    event.preventDefault();
    return saving.run(save);
  };

  async function save() {
    setSubmitted(true);
    if (!parsed.success) return;
    const result = await perform('plan.recordReview', parsed.data);
    if (!result.ok) return setMessage({ tone: 'error', text: result.error.message });
    setNotes(blankNotes(today));
    setSubmitted(false);
    const text = `Review of ${formatDate(parsed.data.reviewedOn)} saved, with a snapshot of your plan as it is now.`;
    setMessage({ tone: 'success', text });
  }

  return (
    <section className="card" aria-labelledby="record-review">
      <h2 id="record-review">Review my plan</h2>
      <p className="section-description">
        Look back over your plan, note how it is going, then change what needs changing. Saving the review keeps a
        snapshot of the plan so you can see later how it evolved.
      </p>
      <form onSubmit={(event) => void record(event)} noValidate>
        <ReviewFields notes={notes} problems={problems} set={set} />
        <button type="submit" className="button-primary" {...saving.buttonProps}>
          Save review and snapshot
        </button>
      </form>
      {message && (
        <Notice tone={message.tone}>
          <p>{message.text}</p>
        </Notice>
      )}
    </section>
  );
}

/** A review's date and its three notes, for a new review and for editing one. */
function ReviewFields({
  notes,
  problems,
  set,
}: {
  notes: ReviewNotes;
  problems: Partial<Record<string, string>>;
  set(field: keyof ReviewNotes): (value: string | null) => void;
}) {
  return (
    <>
      <DateField
        label="Date of the review"
        value={notes.reviewedOn}
        onChange={set('reviewedOn')}
        error={problems.reviewedOn}
      />
      <TextAreaField
        label={reviewNoteLabels.working}
        value={notes.working}
        onChange={set('working')}
        error={problems.working}
      />
      <TextAreaField
        label={reviewNoteLabels.notWorking}
        value={notes.notWorking}
        onChange={set('notWorking')}
        error={problems.notWorking}
      />
      <TextAreaField
        label={reviewNoteLabels.changes}
        value={notes.changes}
        onChange={set('changes')}
        error={problems.changes}
      />
    </>
  );
}

/** A past review's notes changed in place; its snapshot stays the plan as it was then. */
function EditReview({ review, onDone }: { review: PlanReviewSummary; onDone(saved: boolean): void }) {
  const { perform } = usePlanStore();
  const saving = useOneAtATime();
  const [notes, setNotes] = useState<ReviewNotes>(() => ({
    reviewedOn: review.reviewedOn,
    working: review.working,
    notWorking: review.notWorking,
    changes: review.changes,
  }));
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<string>();
  const parsed = writtenReviewSchema.safeParse(notes);
  const problems = submitted ? problemsByField(parsed) : {};
  const set = (field: keyof ReviewNotes) => (value: string | null) =>
    setNotes((current) => ({ ...current, [field]: value ?? '' }));

  async function save() {
    setSubmitted(true);
    if (!parsed.success) return;
    const result = await perform('plan.updateReview', { id: review.id, notes: parsed.data });
    if (!result.ok) return setProblem(result.error.message);
    onDone(true);
  }

  return (
    <form
      aria-label={`Edit the review of ${formatDate(review.reviewedOn)}`}
      onSubmit={(event) => {
        event.preventDefault();
        void saving.run(save);
      }}
      noValidate
    >
      <ReviewFields notes={notes} problems={problems} set={set} />
      {problem && <p className="field-error">{problem}</p>}
      <div className="form-actions">
        <button type="submit" className="button-primary button-small" {...saving.buttonProps}>
          Save changes
        </button>
        <button type="button" className="button-quiet button-small" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function CompareVersions() {
  const { view } = usePlanStore();
  const versions = [
    { value: 'current', label: 'My plan now' },
    ...view.reviews.map((review) => ({ value: review.id, label: `Review of ${formatDate(review.reviewedOn)}` })),
  ];
  const [from, setFrom] = useState(view.reviews[0]?.id ?? 'current');
  const [to, setTo] = useState('current');
  const [asked, setAsked] = useState<{ from: string; to: string }>();
  const comparison = usePlanComparison(asked);
  const labelOf = (value: string) => versions.find((version) => version.value === value)?.label ?? value;

  function compare(event: FormEvent) {
    event.preventDefault();
    setAsked({ from, to });
  }

  return (
    <section className="card" aria-labelledby="compare-versions">
      <h2 id="compare-versions">How my plan changed</h2>
      {view.reviews.length === 0 ? (
        <p className="empty-list">After your first review you can compare your plan with how it was then.</p>
      ) : (
        <>
          <form className="compare-form" onSubmit={compare}>
            <SelectField label="From" options={versions} value={from} onChange={setFrom} />
            <SelectField label="To" options={versions} value={to} onChange={setTo} />
            <button type="submit" className="button-secondary">
              Show changes
            </button>
          </form>
          {comparison.error && (
            <Notice tone="error">
              <p>{comparison.error.message}</p>
            </Notice>
          )}
          {asked && comparison.data && !comparison.error && !comparison.isPlaceholderData && (
            <PlanDiffView
              diff={comparison.data}
              fromLabel={labelOf(asked.from)}
              toLabel={labelOf(asked.to)}
              plan={view.plan}
            />
          )}
        </>
      )}
    </section>
  );
}

/** My past reviews, newest first: each can be edited, or deleted with Undo straight after. */
function PastReviews() {
  const { view, perform, announce } = usePlanStore();
  const { reviews } = view;
  const [editing, setEditing] = useState<string>();
  const [deleted, setDeleted] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const section = useRef<HTMLElement>(null);
  // After a delete, focus goes to Undo, so the keyboard is one key from bringing it back.
  useEffect(() => {
    if (deleted) section.current?.querySelector<HTMLButtonElement>('.undo-bar button')?.focus();
  }, [deleted]);

  async function remove(review: PlanReviewSummary) {
    const result = await perform('plan.deleteReview', { id: review.id });
    if (!result.ok) return setProblem(result.error.message);
    setDeleted(review.reviewedOn);
    announce(`Deleted the review of ${formatDate(review.reviewedOn)}.`);
  }

  async function undo() {
    const result = await perform('plan.undoDeleteReview', {});
    setDeleted(undefined);
    if (!result.ok) return setProblem(result.error.message);
    announce('The review is back, with its snapshot.');
  }

  if (reviews.length === 0 && !deleted) return null;
  return (
    <section className="card" aria-labelledby="past-reviews" ref={section}>
      <h2 id="past-reviews">Past reviews</h2>
      {deleted && (
        <UndoNotice onUndo={() => void undo()} onDismiss={() => setDeleted(undefined)}>
          Deleted the review of {formatDate(deleted)}, with its snapshot.
        </UndoNotice>
      )}
      {problem && <p className="field-error">{problem}</p>}
      <ol className="past-reviews">
        {reviews.map((review) => (
          <li key={review.id}>
            <h3>{formatDate(review.reviewedOn)}</h3>
            {editing === review.id ? (
              <EditReview
                review={review}
                onDone={(saved) => {
                  setEditing(undefined);
                  if (saved) announce(`Review of ${formatDate(review.reviewedOn)} changed.`);
                }}
              />
            ) : (
              <PastReview review={review} onEdit={() => setEditing(review.id)} onDelete={() => void remove(review)} />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One past review's notes, with Edit and Delete. */
function PastReview({ review, onEdit, onDelete }: { review: PlanReviewSummary; onEdit(): void; onDelete(): void }) {
  const when = formatDate(review.reviewedOn);
  return (
    <>
      <dl className="facts">
        <dt>Working</dt>
        <dd>{review.working || '—'}</dd>
        <dt>Not working</dt>
        <dd>{review.notWorking || '—'}</dd>
        <dt>Changes</dt>
        <dd>{review.changes || '—'}</dd>
      </dl>
      <div className="entry-controls">
        <button type="button" className="button-quiet button-small" onClick={onEdit}>
          Edit<span className="visually-hidden"> the review of {when}</span>
        </button>
        <button type="button" className="button-quiet button-small button-danger" onClick={onDelete}>
          Delete<span className="visually-hidden"> the review of {when}</span>
        </button>
      </div>
    </>
  );
}

export function ReviewsPage() {
  const { reviews } = usePlanStore().view;
  const today = useCheckInToday();
  return (
    <>
      <PageHeading description="Regular reviews keep the plan yours. Each review keeps a snapshot, so you and your therapist can see how the plan evolved.">
        {planPageTitle('reviews')}
      </PageHeading>
      <SectionForm
        // A new review moves the next date on; start the form again from the stored schedule.
        key={`schedule-${reviews.length}`}
        section="reviewSchedule"
        heading="Review schedule"
        fields={sectionFields.reviewSchedule}
      />
      {today && <RecordReview today={today} />}
      <CompareVersions key={`compare-${reviews.length}`} />
      <PastReviews />
    </>
  );
}
