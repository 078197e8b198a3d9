import { useState } from 'react';
import { Link } from 'react-router';
import type { CareEventFields, DatedEvent } from '../../../shared/care-events/care-event';
import { Notice } from '../../components/notice';
import { UndoNotice } from '../../components/undo-notice';
import { formatDate } from '../../lib/format-date';
import { useOneAtATime } from '../../lib/use-one-at-a-time';
import { useAddCareEvent, useDeleteCareEvent } from './api';
import { CareEventForm } from './care-event-form';

/** "3 May 2026", or "3 May 2026 to 9 May 2026" for a stay. */
const whenWords = (event: Pick<DatedEvent, 'day' | 'until'>) =>
  event.until && event.until !== event.day
    ? `${formatDate(event.day)} to ${formatDate(event.until)}`
    : formatDate(event.day);

const fieldsOf = (event: DatedEvent): CareEventFields => ({
  kind: event.kind as CareEventFields['kind'],
  day: event.day,
  until: event.until,
  words: event.words,
  notes: event.notes,
});

/**
 * Progress's list of the range's events (the ones its charts mark, from the same view): the events
 * of care I wrote, to add, change or delete (with Undo), and the medication changes my medication
 * list dates by itself.
 */
export function CareEventsPanel({
  events,
  rangeText,
  today,
}: {
  events: readonly DatedEvent[];
  rangeText: string;
  today: string;
}) {
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string>();
  const [said, setSaid] = useState<string>();
  const [removed, setRemoved] = useState<CareEventFields>();
  const remove = useDeleteCareEvent();
  const add = useAddCareEvent();
  const busy = useOneAtATime();
  const done = (message?: string) => {
    setAdding(false);
    setEditingId(undefined);
    setSaid(message);
  };
  const deleteEvent = (id: string) =>
    busy.run(async () => {
      const result = await remove.run({ id });
      if (result.ok) {
        setSaid(undefined);
        setRemoved(result.value);
      } else setSaid(result.error.message);
    });
  const undo = (fields: CareEventFields) =>
    busy.run(async () => {
      const result = await add.run(fields);
      setRemoved(undefined);
      setSaid(result.ok ? 'The event is back.' : result.error.message);
    });

  return (
    <section className="card care-events" aria-labelledby="care-events-title">
      <h2 id="care-events-title">Events over {rangeText}</h2>
      <p className="muted">
        Visits, stays and appointments I add, and my medication changes: each is marked on the charts with a dash-dot
        line.
      </p>
      {said && <Notice tone="success">{said}</Notice>}
      {removed && (
        <UndoNotice onUndo={() => void undo(removed)} onDismiss={() => setRemoved(undefined)}>
          Deleted the event of {formatDate(removed.day)}.
        </UndoNotice>
      )}
      {events.length === 0 && <p>No events in this range.</p>}
      {events.length > 0 && (
        <ul className="care-event-list">
          {events.map((event) => (
            <li key={event.id ?? `${event.kind} ${event.day} ${event.title}`}>
              {event.id !== null && editingId === event.id ? (
                <CareEventForm event={fieldsOf(event)} id={event.id} today={today} onDone={done} />
              ) : (
                <EventLine event={event} busy={busy.busy} onEdit={setEditingId} onDelete={deleteEvent} />
              )}
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <CareEventForm today={today} onDone={done} />
      ) : (
        <p>
          <button type="button" className="button-secondary" onClick={() => setAdding(true)}>
            Add an event
          </button>
        </p>
      )}
    </section>
  );
}

function EventLine({
  event,
  busy,
  onEdit,
  onDelete,
}: {
  event: DatedEvent;
  busy: boolean;
  onEdit(id: string): void;
  onDelete(id: string): void;
}) {
  const { id } = event;
  return (
    <>
      <p>
        <span className="entry-day">{whenWords(event)}</span> {event.title}
      </p>
      {event.notes && <p className="muted">{event.notes}</p>}
      {id === null ? (
        <p className="muted">
          From <Link to="/plan/medications">my medication list</Link>.
        </p>
      ) : (
        <div className="care-event-actions">
          <button type="button" className="button-quiet button-small" onClick={() => onEdit(id)}>
            Change<span className="visually-hidden"> the event of {formatDate(event.day)}</span>
          </button>
          <button type="button" className="button-quiet button-small" disabled={busy} onClick={() => onDelete(id)}>
            Delete<span className="visually-hidden"> the event of {formatDate(event.day)}</span>
          </button>
        </div>
      )}
    </>
  );
}
