import { useEffect, useState, type FormEvent } from 'react';
import { reviewNotesSchema, type ReviewNotes } from '../../../../shared/plan/plan-review';
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
  const parsed = reviewNotesSchema.safeParse(notes);
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

function PastReviews() {
  const { reviews } = usePlanStore().view;
  if (reviews.length === 0) return null;
  return (
    <section className="card" aria-labelledby="past-reviews">
      <h2 id="past-reviews">Past reviews</h2>
      <ol className="past-reviews">
        {reviews.map((review) => (
          <li key={review.id}>
            <h3>{formatDate(review.reviewedOn)}</h3>
            <dl className="facts">
              <dt>Working</dt>
              <dd>{review.working || '—'}</dd>
              <dt>Not working</dt>
              <dd>{review.notWorking || '—'}</dd>
              <dt>Changes</dt>
              <dd>{review.changes || '—'}</dd>
            </dl>
          </li>
        ))}
      </ol>
    </section>
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
