import { setbackWord } from '../../../shared/plan/plan-sections';
import { useCallback, useEffect, useRef, useState } from 'react';
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
import { useCheckIns } from '../../lib/shared-queries';
import { useAddCheckIn, useDeleteCheckIn, useUndoDeleteCheckIn, useUpdateCheckIn } from './api';
import { checkInShortcut } from '../../lib/shortcuts';
import { checkInDraftForm, useDrafts } from '../../lib/drafts-context';
import { draftOf, keptCheckInFor, newDraft, type CheckInDraft, type KeptCheckIn } from './check-in-draft';
import { CheckInForm, discardQuestion } from './check-in-form';
import { CheckInList } from './check-in-list';
import { TrackedMetrics } from './tracked-metrics';
import { useCheckInSetup } from './use-check-in-setup';

const daysShownAtFirst = 14;
const moreDays = 30;

/**
 * Check-ins: a quick form (Ctrl/⌘+K from anywhere), the recent days with their check-ins, and
 * backfill, edit and delete with undo. Which form is open lives in the URL (?new, ?fill=DAY, ?edit=ID).
 */
export function CheckInsScreen() {
  const drafts = useDrafts();
  const slots = useSlots();
  const { setup, error: setupError } = useCheckInSetup();
  const [params, setParams] = useSearchParams();
  const [daysShown, setDaysShown] = useState(daysShownAtFirst);
  const [confirmingDelete, setConfirmingDelete] = useState<string>();
  const [undoable, setUndoable] = useState<{ day: string }>();
  const [announcement, setAnnouncement] = useState('');
  const [savedOne, setSavedOne] = useState(false);
  // A check-in that notes a crisis-stage sign is followed by the crisis panel, every time.
  const [crisisNoted, setCrisisNoted] = useState(false);
  // "Choose what to track" from the form opens right below it, and the form stays as it is.
  const [trackingFromForm, setTrackingFromForm] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  // Navigating away from a check-in with something written in it asks first, as Escape does.
  const [unsaved, setUnsaved] = useState(false);
  const leaving = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved &&
      !leaving.current &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );

  const today = useCheckInToday();
  const from = today ? addDays(today, -(daysShown - 1)) : undefined;

  const list = useCheckIns(today && from ? { from, to: today } : undefined);
  const checkIns = list.data;
  const loadError = list.error?.message;
  const addCheckIn = useAddCheckIn();
  const updateCheckIn = useUpdateCheckIn();
  const deleteCheckIn = useDeleteCheckIn();
  const undoDeleteCheckIn = useUndoDeleteCheckIn();

  const closeForm = useCallback(() => {
    leaving.current = true;
    setUnsaved(false);
    setTrackingFromForm(false);
    setParams({}, { replace: true });
  }, [setParams]);

  // When the form closes (saved or cancelled), focus returns to the button that opens it.
  const formRequested = params.has('new') || params.has('fill') || params.has('edit');
  const formWasOpen = useRef(false);
  useEffect(() => {
    // After a crisis-stage check-in, focus belongs to the crisis panel instead.
    if (formWasOpen.current && !formRequested && !crisisNoted) newButton.current?.focus();
    formWasOpen.current = formRequested;
    leaving.current = false;
  }, [formRequested, params, crisisNoted]);

  if (setupError || loadError) {
    return (
      <Notice tone="error" title="Your check-ins could not be opened.">
        <p>{setupError ?? loadError}</p>
      </Notice>
    );
  }
  if (!setup || !checkIns || !today || !from) return <p className="muted">Opening your check-ins…</p>;

  const editing = params.get('edit') ? checkIns.find((checkIn) => checkIn.id === params.get('edit')) : undefined;
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

  async function remove(checkIn: CheckIn): Promise<void> {
    const result = await deleteCheckIn.run({ id: checkIn.id });
    setConfirmingDelete(undefined);
    if (!result.ok) return setAnnouncement(result.error.message);
    setUndoable(result.value);
    setAnnouncement(`Deleted the check-in for ${formatDate(result.value.day)}.`);
  }

  async function undo(): Promise<void> {
    const result = await undoDeleteCheckIn.run({});
    setUndoable(undefined);
    setAnnouncement(result.ok ? `Restored the check-in for ${formatDate(result.value.day)}.` : result.error.message);
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
        <div className="check-in-start">
          <button ref={newButton} type="button" className="button-primary" onClick={() => setParams({ new: '' })}>
            New check-in
          </button>
          <p className="muted">
            The full check-in: mood, measures, what helped. For just the mood and a line, press{' '}
            <kbd>{checkInShortcut.label}</kbd> anywhere.
          </p>
        </div>
      )}
      {formOpen && trackingFromForm && <TrackedMetrics metrics={setup.metrics} openFromForm />}
      {savedOne && !formOpen && !crisisNoted && <slots.ReminderOffer />}
      {blocker.state === 'blocked' && (
        <DiscardCheck
          question={discardQuestion}
          onKeepWriting={() => blocker.reset()}
          onDiscard={() => {
            drafts.drop(checkInDraftForm);
            leaving.current = true;
            setUnsaved(false);
            blocker.proceed();
          }}
        />
      )}
      {undoable && (
        <UndoNotice onUndo={() => void undo()} onDismiss={() => setUndoable(undefined)}>
          Deleted a check-in for {formatDate(undoable.day)}.
        </UndoNotice>
      )}
      <section aria-labelledby="recent-check-ins">
        <h2 id="recent-check-ins">Recent days</h2>
        <CheckInList
          from={from}
          today={today}
          checkIns={checkIns}
          metrics={setup.metrics}
          links={setup.links}
          confirmingDelete={confirmingDelete}
          onEdit={(checkIn) => setParams({ edit: checkIn.id })}
          onAskDelete={(checkIn) => setConfirmingDelete(checkIn.id)}
          onConfirmDelete={(checkIn) => void remove(checkIn)}
          onCancelDelete={() => setConfirmingDelete(undefined)}
          onFillIn={(day) => setParams({ fill: day })}
        />
        <button type="button" className="button-secondary" onClick={() => setDaysShown((days) => days + moreDays)}>
          Show {moreDays} earlier days
        </button>
      </section>
      {!(formOpen && trackingFromForm) && <TrackedMetrics metrics={setup.metrics} />}
    </>
  );
}
