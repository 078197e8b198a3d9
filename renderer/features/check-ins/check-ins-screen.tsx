import { setbackWord } from '../../../shared/plan/plan-sections';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useBlocker, useSearchParams } from 'react-router';
import { DiscardCheck } from '../../components/discard-check';
import { useSlots } from '../../lib/slots';
import type { CheckIn, CheckInFields } from '../../../shared/check-ins/check-in';
import { addDays } from '../../../shared/dates/calendar-date';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { UndoNotice } from '../../components/undo-notice';
import { useCheckInToday } from '../../lib/check-in-clock';
import { formatDate } from '../../lib/format-date';
import { useCheckIns, useCheckInSpan } from '../../lib/shared-queries';
import { useAddCheckIn, useDeleteCheckIn, useUndoDeleteCheckIn, useUpdateCheckIn } from './api';
import { checkInShortcut } from '../../lib/shortcuts';
import { checkInDraftForm, useDrafts } from '../../lib/drafts-context';
import { draftOf, keptCheckInFor, newDraft, type CheckInDraft, type KeptCheckIn } from './check-in-draft';
import { CheckInForm, discardQuestion } from './check-in-form';
import { CheckInList } from './check-in-list';
import { TrackedMetrics } from './tracked-metrics';
import { NoteSearch } from './note-search';
import { useCheckInSetup, type CheckInSetup } from './use-check-in-setup';

const daysShownAtFirst = 14;
const moreDays = 30;

/**
 * Check-ins: a quick form (Ctrl/⌘+K from anywhere), the recent days with their check-ins, and
 * backfill, edit and delete with undo, and a search of my notes. Which form is open lives in the URL
 * (?new, ?fill=DAY, ?edit=ID; with &on=DAY for a check-in older than the days listed, found by a search).
 */
export function CheckInsScreen() {
  const drafts = useDrafts();
  const slots = useSlots();
  const { setup, error: setupError } = useCheckInSetup();
  const [params, setParams] = useSearchParams();
  const [daysShown, setDaysShown] = useState(daysShownAtFirst);
  const [announcement, setAnnouncement] = useState('');
  const [savedOne, setSavedOne] = useState(false);
  // A check-in that notes a crisis-stage sign is followed by the crisis panel, every time.
  const [crisisNoted, setCrisisNoted] = useState(false);
  // "Choose what to track" from the form opens right below it, and the form stays as it is.
  const [trackingFromForm, setTrackingFromForm] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const { blocker, setUnsaved, leave, settle } = useAskBeforeLeaving();

  const today = useCheckInToday();
  const from = today ? addDays(today, -(daysShown - 1)) : undefined;

  const list = useCheckIns(today && from ? { from, to: today } : undefined);
  const span = useCheckInSpan();
  const checkIns = list.data;
  const loadError = list.error?.message ?? span.error?.message;
  const openedDayCheckIns = useOpenedDay(params);
  const addCheckIn = useAddCheckIn();
  const updateCheckIn = useUpdateCheckIn();

  const closeForm = useCallback(() => {
    leave();
    setTrackingFromForm(false);
    setParams({}, { replace: true });
  }, [setParams, leave]);

  // When the form closes (saved or cancelled), focus returns to the button that opens it.
  const formRequested = params.has('new') || params.has('fill') || params.has('edit');
  const formWasOpen = useRef(false);
  useEffect(() => {
    // After a crisis-stage check-in, focus belongs to the crisis panel instead.
    if (formWasOpen.current && !formRequested && !crisisNoted) newButton.current?.focus();
    formWasOpen.current = formRequested;
    settle();
  }, [formRequested, params, crisisNoted, settle]);

  if (setupError || loadError) {
    return (
      <Notice tone="error" title="Your check-ins could not be opened.">
        <p>{setupError ?? loadError}</p>
      </Notice>
    );
  }
  if (!setup || !checkIns || !span.data || !today || !from) return <p className="muted">Opening your check-ins…</p>;

  const editId = params.get('edit');
  const editing = editId
    ? [...checkIns, ...(openedDayCheckIns ?? [])].find((checkIn) => checkIn.id === editId)
    : undefined;
  const fillDay = params.get('fill');
  const formOpen = params.has('new') || Boolean(fillDay) || Boolean(editing);
  const initial = editing ? draftOf(editing) : newDraft(new Date(), fillDay ?? undefined);
  const mode: KeptCheckIn['mode'] = editing ? 'edit' : fillDay ? 'fill' : 'new';
  const target = editing?.id ?? fillDay ?? '';
  const restored = keptCheckInFor(drafts.kept(checkInDraftForm), mode, target, initial);
  const keepDraft = (draft: CheckInDraft | undefined) => {
    setUnsaved(draft !== undefined);
    if (!draft) return drafts.drop(checkInDraftForm);
    const kept: KeptCheckIn = { mode, target, draft };
    drafts.keep(checkInDraftForm, kept as unknown as Record<string, unknown>);
  };

  async function save(fields: CheckInFields): Promise<string | undefined> {
    const result = editing ? await updateCheckIn.run({ id: editing.id, fields }) : await addCheckIn.run(fields);
    if (!result.ok) return result.error.message;
    setAnnouncement(`Check-in saved for ${formatDate(result.value.day)}.`);
    setSavedOne(true);
    const crisisSigns = new Set(setup!.plan.warningSigns.crisis.signs.map((sign) => sign.id));
    setCrisisNoted(fields.warningSignIds.some((id) => crisisSigns.has(id)));
    drafts.drop(checkInDraftForm);
    closeForm();
    return undefined;
  }

  return (
    <>
      <PageHeading description="A quick record of how you are doing: mood, sleep, cravings and what helped.">
        Check-ins
      </PageHeading>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {crisisNoted && !formOpen && <slots.CrisisPanel plan={setup.plan} onClose={() => setCrisisNoted(false)} />}
      {formOpen ? (
        <CheckInForm
          key={params.toString()}
          title={editing ? 'Edit check-in' : fillDay ? `Check-in for ${formatDate(fillDay)}` : 'New check-in'}
          initial={initial}
          restored={restored}
          onDraftChange={keepDraft}
          metrics={setup.metrics}
          links={setup.links}
          boundaryMinutes={setup.boundaryMinutes}
          setbackWord={setbackWord(setup.plan.about)}
          writtenNow={!editing && !fillDay}
          onSave={save}
          onChooseWhatToTrack={() => setTrackingFromForm(true)}
          onCancel={() => {
            drafts.drop(checkInDraftForm);
            closeForm();
          }}
        />
      ) : (
        <NewCheckInStart buttonRef={newButton} onNew={() => setParams({ new: '' })} />
      )}
      {/* Kept (hidden) while a check-in found is open, so its results are there again after. */}
      <div hidden={formOpen}>
        <NoteSearch onOpen={(match) => setParams({ edit: match.id, on: match.day })} />
      </div>
      {formOpen && trackingFromForm && <TrackedMetrics metrics={setup.metrics} openFromForm />}
      {savedOne && !formOpen && !crisisNoted && <slots.ReminderOffer />}
      {blocker.state === 'blocked' && (
        <DiscardCheck
          question={discardQuestion}
          onKeepWriting={() => blocker.reset()}
          onDiscard={() => {
            drafts.drop(checkInDraftForm);
            leave();
            blocker.proceed();
          }}
        />
      )}
      <RecentDays
        from={from}
        today={today}
        firstDay={span.data.firstDay}
        checkIns={checkIns}
        setup={setup}
        onEdit={(checkIn) => setParams({ edit: checkIn.id })}
        onFillIn={(day) => setParams({ fill: day })}
        onShowMore={() => setDaysShown((days) => days + moreDays)}
        onAnnounce={setAnnouncement}
      />
      {!(formOpen && trackingFromForm) && <TrackedMetrics metrics={setup.metrics} />}
    </>
  );
}

/** The full check-in's button, and the shortcut for the quick one. */
function NewCheckInStart({ buttonRef, onNew }: { buttonRef: RefObject<HTMLButtonElement | null>; onNew(): void }) {
  return (
    <div className="check-in-start">
      <button ref={buttonRef} type="button" className="button-primary" onClick={onNew}>
        New check-in
      </button>
      <p className="muted">
        The full check-in: mood, measures, what helped. For just the mood and a line, press{' '}
        <kbd>{checkInShortcut.label}</kbd> anywhere.
      </p>
    </div>
  );
}

/** A check-in opened from a search may be years back (`&on=DAY`): the check-ins of its own day. */
function useOpenedDay(params: URLSearchParams): CheckIn[] | undefined {
  const day = params.get('on') ?? undefined;
  return useCheckIns(day ? { from: day, to: day } : undefined).data;
}

/**
 * Navigating away from a check-in with something written in it asks first, as Escape does. The
 * form says whether there is unsaved writing.
 */
function useAskBeforeLeaving() {
  const [unsaved, setUnsaved] = useState(false);
  const leaving = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved &&
      !leaving.current &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  // The screen's own navigation (a save, a cancel, "Discard") goes through without asking.
  const leave = useCallback(() => {
    leaving.current = true;
    setUnsaved(false);
  }, []);
  const settle = useCallback(() => {
    leaving.current = false;
  }, []);
  return { blocker, setUnsaved, leave, settle };
}

/** The recent days with their check-ins: fill a day in, edit, delete with undo, show earlier days. */
function RecentDays({
  from,
  today,
  firstDay,
  checkIns,
  setup,
  onEdit,
  onFillIn,
  onShowMore,
  onAnnounce,
}: {
  from: string;
  today: string;
  firstDay: string | null;
  checkIns: readonly CheckIn[];
  setup: CheckInSetup;
  onEdit(checkIn: CheckIn): void;
  onFillIn(day: string): void;
  onShowMore(): void;
  onAnnounce(message: string): void;
}) {
  const deleteCheckIn = useDeleteCheckIn();
  const undoDeleteCheckIn = useUndoDeleteCheckIn();
  const [confirmingDelete, setConfirmingDelete] = useState<string>();
  const [undoable, setUndoable] = useState<{ day: string }>();

  async function remove(checkIn: CheckIn): Promise<void> {
    const result = await deleteCheckIn.run({ id: checkIn.id });
    setConfirmingDelete(undefined);
    if (!result.ok) return onAnnounce(result.error.message);
    setUndoable(result.value);
    onAnnounce(`Deleted the check-in for ${formatDate(result.value.day)}.`);
  }

  async function undo(): Promise<void> {
    const result = await undoDeleteCheckIn.run({});
    setUndoable(undefined);
    onAnnounce(result.ok ? `Restored the check-in for ${formatDate(result.value.day)}.` : result.error.message);
  }

  return (
    <>
      {undoable && (
        <UndoNotice onUndo={() => void undo()} onDismiss={() => setUndoable(undefined)}>
          Deleted a check-in for {formatDate(undoable.day)}.
        </UndoNotice>
      )}
      <section aria-labelledby="recent-check-ins">
        <h2 id="recent-check-ins">Recent days</h2>
        {firstDay === null && <p className="empty-state">No check-ins yet: my first one starts this list.</p>}
        <CheckInList
          from={from}
          today={today}
          firstDay={firstDay}
          checkIns={checkIns}
          metrics={setup.metrics}
          links={setup.links}
          confirmingDelete={confirmingDelete}
          onEdit={onEdit}
          onAskDelete={(checkIn) => setConfirmingDelete(checkIn.id)}
          onConfirmDelete={(checkIn) => void remove(checkIn)}
          onCancelDelete={() => setConfirmingDelete(undefined)}
          onFillIn={onFillIn}
        />
        {firstDay !== null && firstDay < from ? (
          <button type="button" className="button-secondary" onClick={onShowMore}>
            Show {moreDays} earlier days
          </button>
        ) : (
          // Before my first check-in there is no list of empty days, only a way to add one.
          <button
            type="button"
            className="button-quiet"
            onClick={() => onFillIn(addDays(firstDay !== null && firstDay < today ? firstDay : today, -1))}
          >
            Add a check-in for an earlier day
          </button>
        )}
      </section>
    </>
  );
}
