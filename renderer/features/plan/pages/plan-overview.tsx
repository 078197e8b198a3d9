import { isSafetyPlanWritten, readableSafetyPlan } from '../../../../shared/plan/safety-plan';
import { useState } from 'react';
import { Link } from 'react-router';
import { daysBetween } from '../../../../shared/dates/calendar-date';
import { useCheckInToday } from '../../../lib/check-in-clock';
import { planTemplates, type PlanTemplate } from '../../../../shared/plan/plan-templates';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { formatDate, relativeDays } from '../../../lib/format-date';
import { planPages, type PlanPagePath } from '../plan-pages';
import { usePlanStore } from '../plan-store';
import type { PlanView } from '../../../../shared/plan/plan-view';

function templateContents(template: PlanTemplate): string {
  if (template.key === 'blank') return 'Nothing pre-filled.';
  const signs = Object.values(template.warningSigns).flat().length;
  return `Suggests ${template.goals.length} goals, ${template.copingStrategies.length} coping strategies, ${template.triggers.length} triggers and ${signs} warning signs.`;
}

function TemplateChoices({ onStarted }: { onStarted(name: string): void }) {
  const { perform } = usePlanStore();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  async function start(template: PlanTemplate) {
    setBusy(true);
    const result = await perform('plan.start', { template: template.key });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    onStarted(template.name);
  }
  return (
    <>
      <ul className="template-choices">
        {planTemplates.map((template) => (
          <li key={template.key}>
            <button type="button" className="template-choice" disabled={busy} onClick={() => void start(template)}>
              <span className="template-name">{template.name}</span>
              <span className="template-description">{template.description}</span>
              <span className="template-contents">{templateContents(template)}</span>
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <Notice tone="error">
          <p>{error}</p>
        </Notice>
      )}
    </>
  );
}

function pageStatus(path: PlanPagePath, { plan, reviews }: PlanView): string {
  const count = (n: number, one: string, many: string) =>
    n === 0 ? 'Not written yet' : `${n} ${n === 1 ? one : many}`;
  const anyText = (section: Record<string, string>) =>
    Object.values(section).some((text) => text.trim()) ? 'Written' : 'Not written yet';
  switch (path) {
    case 'about':
      return plan.about.recoveringFrom.length || plan.about.inMyOwnWords.trim() ? 'Written' : 'Not written yet';
    case 'assessment':
      return count(Object.values(plan.assessment).flat().length, 'item', 'items');
    case 'goals': {
      const achieved = plan.goals.filter((goal) => goal.status === 'achieved').length;
      const goals = count(plan.goals.length, 'goal', 'goals');
      return achieved ? `${goals}, ${achieved} achieved` : goals;
    }
    case 'support':
      return count(plan.supportNetwork.people.length + plan.supportNetwork.resources.length, 'entry', 'entries');
    case 'coping':
      return count(plan.copingStrategies.length, 'strategy', 'strategies');
    case 'triggers':
      return count(
        plan.triggers.length + Object.values(plan.warningSigns).flatMap((stage) => stage.signs).length,
        'entry',
        'entries',
      );
    case 'setback':
      return anyText(plan.setbackPlan);
    case 'safety': {
      const readable = readableSafetyPlan(plan);
      if (!isSafetyPlanWritten(readable)) return 'Not written yet';
      return readable.reviewedOn ? `Reviewed ${formatDate(readable.reviewedOn)}` : 'Written';
    }
    case 'self-care':
      return anyText(plan.selfCare);
    case 'care-team':
      return count(plan.careTeam.professionals.length + plan.careTeam.accountability.length, 'entry', 'entries');
    case 'reviews':
      return reviews[0] ? `Last review ${formatDate(reviews[0].reviewedOn)}` : 'No reviews yet';
  }
}

function NextReview() {
  const { view } = usePlanStore();
  const today = useCheckInToday();
  const { cadence, nextReviewOn } = view.plan.reviewSchedule;
  if (!today) return null;
  if (cadence === 'none' || !nextReviewOn) {
    return (
      <section className="card next-review" aria-labelledby="next-review">
        <h2 id="next-review">Next review</h2>
        <p>No review is scheduled. Regular reviews help the plan keep up with you.</p>
        <Link to="reviews">Set a review schedule</Link>
      </section>
    );
  }
  const days = daysBetween(today, nextReviewOn);
  return (
    <section className={`card next-review${days <= 0 ? ' next-review-due' : ''}`} aria-labelledby="next-review">
      <h2 id="next-review">Next review</h2>
      <p className="next-review-date">
        {formatDate(nextReviewOn)} <span className="muted">({relativeDays(days)})</span>
      </p>
      {days <= 0 && <p>Your review is due. It only takes a few minutes.</p>}
      <Link to="reviews">{days <= 0 ? 'Review my plan now' : 'Go to reviews'}</Link>
    </section>
  );
}

/** The home of the unlocked app: how the plan stands, the next review, and where to go next. */
export function PlanOverview({ extras }: { extras?: React.ReactNode }) {
  const { view } = usePlanStore();
  const [startedWith, setStartedWith] = useState<string>();
  if (!view.startedOn) {
    return (
      <>
        <PageHeading description="Pick the kind of recovery closest to yours. Waypoint fills in a few suggestions you can keep, change or delete. Nothing leaves this computer.">
          Start your plan
        </PageHeading>
        <TemplateChoices onStarted={setStartedWith} />
        <section className="card" aria-labelledby="bring-history-title">
          <h2 id="bring-history-title">Already keep a mood diary?</h2>
          <p>
            If I track my moods in Daylio, I can bring that history in, so my charts and “What helps” start with what I
            already know. I see what the file holds before anything is written, and I can do it later from Settings.
          </p>
          <Link to="/settings/import">Bring in check-ins from another app</Link>
        </section>
      </>
    );
  }
  return (
    <>
      <PageHeading description="Your recovery plan, in your own words. Everything you write is saved as you go.">
        My plan
      </PageHeading>
      {startedWith && (
        <Notice
          tone="success"
          title={`Your plan is started${startedWith === 'Blank plan' ? '' : ` with suggestions for ${startedWith.toLowerCase()}`}.`}
        >
          <p>Go through each part below. Keep what fits, change the words to your own, and delete the rest.</p>
        </Notice>
      )}
      {extras}
      <div className="overview-row">
        <NextReview />
        <section className="card safety-link" aria-labelledby="safety-card">
          <h2 id="safety-card">Safety plan</h2>
          <p>What to do when a crisis is coming, always one click away.</p>
          <Link to="safety">Open my safety plan</Link>
        </section>
      </div>
      <section aria-labelledby="plan-parts">
        <h2 id="plan-parts">Parts of my plan</h2>
        <ul className="plan-parts">
          {planPages.map((page) => (
            <li key={page.path}>
              <Link to={page.path} className="plan-part">
                <span className="plan-part-title">{page.title}</span>
                <span className="plan-part-status">{pageStatus(page.path, view)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <details className="card more-templates">
        <summary>Add suggestions from a template</summary>
        <p>Recovering from more than one thing? Add another template&apos;s suggestions after what you have written.</p>
        <TemplateChoices onStarted={setStartedWith} />
      </details>
    </>
  );
}
