import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { daysBetween } from '../../../shared/dates/calendar-date';
import type { PlanDocument } from '../../../shared/plan/plan-document';
import type { EntryUpdate } from '../../../shared/plan/plan-requests';
import { useCheckInToday } from '../../lib/check-in-clock';
import { checkInDraftForm, questionnaireDraftForm, useDrafts } from '../../lib/drafts-context';
import { formatDate, relativeDays } from '../../lib/format-date';
import { useCheckIns, useMilestones, usePlanView, useQuestionnaires } from '../../lib/shared-queries';
import { questionnaireForm } from '../../../shared/questionnaires/questionnaire-forms';
import { useSlots } from '../../lib/slots';
import { useUpdatePlanEntry } from './api';
import {
  checkInDayCounts,
  checkInsNeededFrom,
  dueActionSteps,
  dueContacts,
  reviewDue,
  type DueContact,
  type DueStep,
} from '../../../shared/today/today-items';
import { formatTimeAt } from '../../../shared/dates/format-time';

const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

/** When a step is due, said gently: "today", "in 2 days", "planned for 18 November". */
function dueWords(dueDate: string, today: string): string {
  const ahead = daysBetween(today, dueDate);
  return ahead >= 0 ? `due ${relativeDays(ahead)}` : `planned for ${formatDate(dueDate)}`;
}

function lastContactWords(contact: DueContact, today: string): string {
  if (!contact.lastContactOn) return `${contact.cadenceText} · no contact noted yet`;
  return `${contact.cadenceText} · last contact ${relativeDays(daysBetween(today, contact.lastContactOn))}`;
}

/**
 * The top of the home screen: whether today's check-in is done (and the quick check-in if not),
 * days checked in this week and month, what is due from the plan (action steps, people to reach
 * out to, the review), the next milestone, and a milestone just reached, marked once.
 */
export function TodayPanel() {
  const today = useCheckInToday();
  const drafts = useDrafts();
  const plan = usePlanView();
  const view = plan.data;
  const { run: updateEntry } = useUpdatePlanEntry();
  const [announcement, announce] = useState('');
  const checkIns = useCheckIns(today ? { from: checkInsNeededFrom(today), to: today } : undefined);
  const milestones = useMilestones(today);
  const questionnaires = useQuestionnaires();
  const [justSaved, setJustSaved] = useState<string>();
  const slots = useSlots();
  const titleId = useId();
  // "How am I now?" after a crisis sign: the quick check-in here, ready for a mood.
  const checkInHere = useRef<HTMLDivElement>(null);

  if (!today || !checkIns.data || !view) {
    return (
      <section className="card today-panel" aria-labelledby={titleId}>
        <h2 id={titleId}>Today</h2>
        <p className="muted">{checkIns.error?.message ?? plan.error?.message ?? 'Looking at today…'}</p>
      </section>
    );
  }

  const counts = checkInDayCounts(checkIns.data, today);
  const steps = dueActionSteps(view.plan, today);
  const contacts = dueContacts(view.plan, today);
  const review = reviewDue(view.plan, today);
  const unfinished = drafts.kept(checkInDraftForm) !== undefined;
  const latest = counts.today[0];

  return (
    <section className="card today-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>Today, {formatDate(today)}</h2>
      <slots.WarningSignsCards
        checkIns={checkIns.data}
        plan={view.plan}
        today={today}
        onCheckInNow={() => checkInHere.current?.querySelector<HTMLElement>('[role="radio"][tabindex="0"]')?.focus()}
      />
      {milestones.data?.toMark && <slots.MilestoneMark view={milestones.data} />}

      <div className="today-check-in" ref={checkInHere}>
        {latest ? (
          <>
            <p className="today-done">
              <span aria-hidden="true">✓ </span>
              {justSaved ?? `I checked in today at ${formatTimeAt(latest.at, latest.timeZone)}.`}{' '}
              <Link to={`/check-ins?edit=${latest.id}`}>Add details</Link>
            </p>
            {justSaved && <slots.ReminderOffer />}
          </>
        ) : (
          <>
            <h3>How am I today?</h3>
            {unfinished && (
              <p>
                I have an unfinished check-in. <Link to="/check-ins?new">Continue it</Link>
              </p>
            )}
            <slots.QuickCheckIn onSaved={setJustSaved} />
          </>
        )}
        <p className="today-counts">
          Checked in on {days(counts.thisWeek)} this week and {days(counts.thisMonth)} this month.
        </p>
      </div>

      <slots.TodayDoses />
      {steps.length > 0 && (
        <DueSteps steps={steps} today={today} onDone={(step) => void markStepDone(view.plan, step)} />
      )}
      {contacts.length > 0 && (
        <DueContacts
          contacts={contacts}
          today={today}
          onReachedOut={(contact) => void reachedOut(view.plan, contact)}
        />
      )}
      {review && (
        <p className="today-review">
          {review === today
            ? 'My plan review is due today.'
            : `My plan review has been due since ${formatDate(review)}.`}{' '}
          <Link to="/plan/reviews">Review my plan</Link>
        </p>
      )}
      {questionnaires.data?.forms
        .filter((status) => status.due)
        .map((status) => {
          const form = questionnaireForm(status.form);
          const started = drafts.kept(questionnaireDraftForm(form.id)) !== undefined;
          return (
            <p key={form.id} className="today-questionnaire">
              My {form.shortName} is due.{' '}
              <Link to={`/questionnaires/${form.id}`}>
                {started ? 'Go on with' : 'Answer'} the {form.shortName}
              </Link>
            </p>
          );
        })}
      {milestones.data?.next && (
        <p className="today-next-milestone">
          Next milestone: <strong>{milestones.data.next.title}</strong> on {formatDate(milestones.data.next.date)} (
          {relativeDays(daysBetween(today, milestones.data.next.date))}).
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );

  async function markStepDone(plan: PlanDocument, step: DueStep): Promise<void> {
    const stored = plan.goals.flatMap((goal) => goal.actionSteps).find((candidate) => candidate.id === step.id);
    if (!stored) return;
    const { id, ...data } = stored;
    const result = await updateEntry({ list: 'actionSteps', id, data: { ...data, done: true } });
    announce(result.ok ? `Marked “${step.text}” done. Well done.` : result.error.message);
  }

  async function reachedOut(plan: PlanDocument, contact: DueContact): Promise<void> {
    const entries = contact.list === 'people' ? plan.supportNetwork.people : plan.careTeam.accountability;
    const stored = entries.find((entry) => entry.id === contact.id);
    if (!stored || !today) return;
    const { id, ...data } = stored;
    const update = { list: contact.list, id, data: { ...data, lastContactOn: today } } as EntryUpdate;
    const result = await updateEntry(update);
    announce(result.ok ? `Noted: I reached out to ${contact.name} today.` : result.error.message);
  }
}

function DueSteps({ steps, today, onDone }: { steps: DueStep[]; today: string; onDone(step: DueStep): void }) {
  return (
    <div className="today-group">
      <h3>Next steps</h3>
      <ul className="today-list">
        {steps.map((step) => (
          <li key={step.id}>
            <span className="today-item-text">
              {step.text}{' '}
              <span className="muted">
                · {dueWords(step.dueDate, today)} · goal: {step.goal}
              </span>
            </span>
            <button type="button" className="button-secondary button-small" onClick={() => onDone(step)}>
              Done<span className="visually-hidden">: {step.text}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function DueContacts({
  contacts,
  today,
  onReachedOut,
}: {
  contacts: DueContact[];
  today: string;
  onReachedOut(contact: DueContact): void;
}) {
  return (
    <div className="today-group">
      <h3>People to reach out to</h3>
      <ul className="today-list">
        {contacts.map((contact) => (
          <li key={contact.id}>
            <span className="today-item-text">
              {contact.name} <span className="muted">· {lastContactWords(contact, today)}</span>
            </span>
            <button type="button" className="button-secondary button-small" onClick={() => onReachedOut(contact)}>
              I reached out today<span className="visually-hidden"> to {contact.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
