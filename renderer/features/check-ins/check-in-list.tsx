import type { CheckIn } from '../../../shared/check-ins/check-in';
import { addDays, daysBetween } from '../../../shared/dates/calendar-date';
import type { TrackedMetric } from '../../../shared/metrics/custom-metric';
import { formatDate, relativeDays } from '../../lib/format-date';
import type { PlanLinkChoices } from './use-check-in-setup';
import { formatTimeAt } from '../../../shared/dates/format-time';

interface CheckInListProps {
  from: string;
  today: string;
  /** My first check-in day: the list never shows days before it. Null before the first. */
  firstDay: string | null;
  checkIns: readonly CheckIn[];
  metrics: readonly TrackedMetric[];
  links: PlanLinkChoices;
  confirmingDelete?: string;
  onEdit(checkIn: CheckIn): void;
  onAskDelete(checkIn: CheckIn): void;
  onConfirmDelete(checkIn: CheckIn): void;
  onCancelDelete(): void;
  onFillIn(day: string): void;
}

function valueText(metric: TrackedMetric, value: number): string {
  if (metric.kind === 'yes-no') return `${metric.label}: ${value === 1 ? 'yes' : 'no'}`;
  return `${metric.label} ${value}${metric.unit ? ` ${metric.unit}` : metric.max === 10 ? '/10' : ''}`;
}

/** Days of the list: a day with its check-ins, or a run of days without one (newest first). */
export type ListedDays = { day: string; checkIns: CheckIn[] } | { gap: { from: string; to: string; days: number } };

/**
 * The days from `from` (never before my first check-in) to today, newest first: each day with
 * check-ins, and each run of days without one as a single gap. Today without one is left out (the
 * New check-in button is right above).
 */
export function listedDays(
  checkIns: readonly CheckIn[],
  { from, today, firstDay }: { from: string; today: string; firstDay: string | null },
): ListedDays[] {
  const start = firstDay !== null && firstDay > from ? firstDay : from;
  const listed: ListedDays[] = [];
  for (let day = today; firstDay !== null && day >= start; day = addDays(day, -1)) {
    const onDay = checkIns.filter((checkIn) => checkIn.day === day);
    const last = listed.at(-1);
    if (onDay.length > 0) listed.push({ day, checkIns: onDay });
    else if (day === today) continue;
    else if (last && 'gap' in last && last.gap.from === addDays(day, 1)) {
      last.gap = { from: day, to: last.gap.to, days: last.gap.days + 1 };
    } else listed.push({ gap: { from: day, to: day, days: 1 } });
  }
  return listed;
}

/** A run of days without a check-in: one calm line, and a way to add one. */
function GapLine({ gap, onFillIn }: { gap: { from: string; to: string; days: number }; onFillIn(day: string): void }) {
  return (
    <li className="check-in-gap">
      <p className="muted">
        {gap.days === 1
          ? `No check-in on ${formatDate(gap.from)}`
          : `${gap.days} days without a check-in, ${formatDate(gap.from)} to ${formatDate(gap.to)}`}{' '}
        — add one?{' '}
        <button type="button" className="button-quiet button-small" onClick={() => onFillIn(gap.to)}>
          Add one for {formatDate(gap.to)}
        </button>
      </p>
    </li>
  );
}

/** My days since my first check-in, newest first, with their check-ins; days without one, gently. */
export function CheckInList(props: CheckInListProps) {
  const { checkIns, metrics, links, today } = props;
  const named = (ids: string[]) => ids.map((id) => links.titles.get(id) ?? 'removed from plan').join(', ');
  return (
    <ol className="check-in-days">
      {listedDays(checkIns, props).map((listed) => {
        if ('gap' in listed) return <GapLine key={`gap-${listed.gap.to}`} gap={listed.gap} onFillIn={props.onFillIn} />;
        const { day, checkIns: onDay } = listed;
        const ago = daysBetween(today, day);
        return (
          <li key={day} className="check-in-day">
            <h3>
              {formatDate(day)} {ago >= -1 && <span className="muted">({relativeDays(ago)})</span>}
            </h3>
            <ul className="check-ins">
              {onDay.map((checkIn) => {
                const time = formatTimeAt(checkIn.at, checkIn.timeZone);
                const values = metrics
                  .filter((metric) => checkIn.values[metric.key] !== undefined)
                  .map((metric) => valueText(metric, checkIn.values[metric.key]!));
                return (
                  <li key={checkIn.id} className="check-in" aria-label={`Check-in at ${time}, mood ${checkIn.mood}`}>
                    <div className="check-in-head">
                      <span className="check-in-time">{time}</span>
                      <span className="check-in-mood">Mood {checkIn.mood}/10</span>
                      {checkIn.lapse && <span className="badge badge-lapse">Lapse noted</span>}
                    </div>
                    {values.length > 0 && <p className="check-in-values">{values.join(' · ')}</p>}
                    {checkIn.copingIds.length > 0 && <p>Used: {named(checkIn.copingIds)}</p>}
                    {checkIn.triggerIds.length > 0 && <p>Met: {named(checkIn.triggerIds)}</p>}
                    {checkIn.warningSignIds.length > 0 && <p>Noticed: {named(checkIn.warningSignIds)}</p>}
                    {checkIn.note && <p className="check-in-note">{checkIn.note}</p>}
                    {props.confirmingDelete === checkIn.id ? (
                      <div className="confirm-delete" role="group" aria-label="Confirm delete">
                        <p>Delete the check-in from {time}? You can undo this straight after.</p>
                        <button
                          type="button"
                          className="button-secondary button-danger button-small"
                          onClick={() => props.onConfirmDelete(checkIn)}
                        >
                          Delete check-in
                        </button>
                        <button type="button" className="button-quiet button-small" onClick={props.onCancelDelete}>
                          Keep it
                        </button>
                      </div>
                    ) : (
                      <div className="entry-controls">
                        <button
                          type="button"
                          className="button-quiet button-small"
                          onClick={() => props.onEdit(checkIn)}
                        >
                          Edit<span className="visually-hidden"> the check-in from {time}</span>
                        </button>
                        <button
                          type="button"
                          className="button-quiet button-small button-danger"
                          onClick={() => props.onAskDelete(checkIn)}
                        >
                          Delete<span className="visually-hidden"> the check-in from {time}</span>
                        </button>
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
