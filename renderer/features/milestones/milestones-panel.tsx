import { useState } from 'react';
import type { MilestonesView } from '../../../shared/milestones/milestone';
import type { PlanDocument } from '../../../shared/plan/plan-document';
import { DateField, SelectField, TextField } from '../../components/form-fields';
import { Notice } from '../../components/notice';
import { formatDate } from '../../lib/format-date';
import { useAddMilestone, useDeleteMilestone } from './api';
import { RecoveryCounts } from './recovery-counts';
import { useOneAtATime } from '../../lib/use-one-at-a-time';

/** Counters, every milestone reached, and the person's own milestones to add or remove. */
export function MilestonesPanel({ view, goals }: { view: MilestonesView; goals: PlanDocument['goals'] }) {
  const addMilestone = useAddMilestone();
  const deleteMilestone = useDeleteMilestone();
  const adding = useOneAtATime();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState<string | null>(view.today);
  const [goalId, setGoalId] = useState('');
  const [problem, setProblem] = useState<{ title?: string; date?: string }>({});
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const [confirming, setConfirming] = useState<string>();
  const goalTitle = new Map(goals.map((goal) => [goal.id, goal.statement]));

  async function add(): Promise<void> {
    const problems = {
      title: title.trim() ? undefined : 'Give the milestone a title.',
      date: date ? undefined : 'Choose the day of the milestone.',
    };
    setProblem(problems);
    if (problems.title || problems.date) return;
    const result = await addMilestone.run({
      today: view.today,
      fields: { title: title.trim(), date: date!, goalId: goalId || null },
    });
    if (!result.ok) return setMessage({ tone: 'error', text: result.error.message });
    setMessage({ tone: 'success', text: `Added “${title.trim()}”. Well done.` });
    setTitle('');
    setGoalId('');
  }

  async function remove(id: string, name: string): Promise<void> {
    const result = await deleteMilestone.run({ today: view.today, id });
    setConfirming(undefined);
    if (!result.ok) return setMessage({ tone: 'error', text: result.error.message });
    setMessage({ tone: 'success', text: `Removed “${name}”.` });
  }

  return (
    <section className="card below-chart" aria-labelledby="milestones-title" id="milestones">
      <h2 id="milestones-title">Milestones</h2>
      <RecoveryCounts view={view} />
      {view.reached.length > 0 && (
        <>
          <h3>Reached</h3>
          <ul className="milestone-list">
            {view.reached.map((milestone) => (
              <li key={milestone.key}>
                <span aria-hidden="true">★ </span>
                {milestone.title} <span className="muted">{formatDate(milestone.date)}</span>
                {milestone.mark?.note && <span className="milestone-note"> — “{milestone.mark.note}”</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Your own milestones</h3>
      {view.own.length === 0 ? (
        <p className="empty-state">Small victories count. Add one below; a goal you mark achieved appears here too.</p>
      ) : (
        <ul className="milestone-list">
          {view.own.map((milestone) => (
            <li key={milestone.id}>
              <span aria-hidden="true">★ </span>
              <strong>{milestone.title}</strong> <span className="muted">{formatDate(milestone.date)}</span>
              {milestone.goalId && goalTitle.has(milestone.goalId) && (
                <span className="muted"> · goal: {goalTitle.get(milestone.goalId)}</span>
              )}{' '}
              {confirming === milestone.id ? (
                <span className="confirm-delete" role="group" aria-label="Confirm remove">
                  Remove this milestone?
                  <button
                    type="button"
                    className="button-secondary button-danger button-small"
                    onClick={() => void remove(milestone.id, milestone.title)}
                  >
                    Remove
                  </button>
                  <button type="button" className="button-quiet button-small" onClick={() => setConfirming(undefined)}>
                    Keep it
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  className="button-quiet button-small button-danger"
                  onClick={() => setConfirming(milestone.id)}
                >
                  Remove<span className="visually-hidden"> {milestone.title}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form
        className="add-milestone"
        aria-label="Add a milestone"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void adding.run(add);
        }}
      >
        <div className="entry-fields-inline">
          <TextField label="Milestone" value={title} onChange={setTitle} maxLength={300} error={problem.title} />
          <DateField label="Date" value={date} onChange={setDate} error={problem.date} />
          <SelectField
            label="Goal (optional)"
            value={goalId}
            options={[
              { value: '', label: 'None' },
              ...goals.map((goal) => ({ value: goal.id, label: goal.statement })),
            ]}
            onChange={setGoalId}
          />
        </div>
        <button type="submit" className="button-secondary" {...adding.buttonProps}>
          Add milestone
        </button>
      </form>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </section>
  );
}
