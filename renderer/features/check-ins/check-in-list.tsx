import type { CheckIn } from '../../../shared/check-ins/check-in';
import { addDays, daysBetween } from '../../../shared/dates/calendar-date';
import type { TrackedMetric } from '../../../shared/metrics/custom-metric';
import { formatDate, relativeDays } from '../../lib/format-date';
import type { PlanLinkChoices } from './use-check-in-setup';
import { formatTimeAt } from '../../lib/format-time';

interface CheckInListProps {
  from: string;
  today: string;
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

/** Each day of the range, newest first, with its check-ins, or a way to fill it in. */
export function CheckInList(props: CheckInListProps) {
  const { checkIns, metrics, links, today } = props;
  const days: string[] = [];
  for (let day = today; day >= props.from; day = addDays(day, -1)) days.push(day);
  const named = (ids: string[]) => ids.map((id) => links.titles.get(id) ?? 'removed from plan').join(', ');
  return (
    <ol className="check-in-days">
      {days.map((day) => {
        const onDay = checkIns.filter((checkIn) => checkIn.day === day);
        const ago = daysBetween(today, day);
        return (
          <li key={day} className="check-in-day">
            <h3>
              {formatDate(day)} {ago >= -1 && <span className="muted">({relativeDays(ago)})</span>}
            </h3>
            {onDay.length === 0 ? (
              <p className="muted no-check-in">
                No check-in.{' '}
                <button type="button" className="button-quiet button-small" onClick={() => props.onFillIn(day)}>
                  Fill in {formatDate(day)}
                </button>
              </p>
            ) : (
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
            )}
          </li>
        );
      })}
    </ol>
  );
}
