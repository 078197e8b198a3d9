import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { FormDrafts } from '../../shared/drafts/form-draft';
import type { QuestionnaireId } from '../../shared/questionnaires/questionnaire-form';
import { useIpcClient } from './ipc-context';
import { addPendingFlush } from './pending-saves';

/** The drafts key of the check-in form (Today says when one is unfinished). */
export const checkInDraftForm = 'check-in';

/** The drafts key of a questionnaire's answers (Today and the list say when one is half-answered). */
export const questionnaireDraftForm = (form: QuestionnaireId) => `questionnaire:${form}`;

/** How long a draft waits for the next keystroke before it goes to main. */
const keepDelayMs = 250;

interface DraftStore {
  /** The draft a form left, if any: kept across lock, navigation and closing the form by accident. */
  kept(form: string): Record<string, unknown> | undefined;
  /** Every form with a draft (a list looks for its new entries). */
  forms(): string[];
  /** Keeps what is on screen now (sent to main a moment later; locking waits for it). */
  keep(form: string, draft: Record<string, unknown>): void;
  /** Forgets a form's draft: it was saved or discarded. */
  drop(form: string): void;
}

const DraftsContext = createContext<DraftStore | undefined>(undefined);

/**
 * Loads the drafts main kept for this unlock, before any form opens, so each form can start from
 * what was on screen when the vault locked. Drafts go to main as they change; none is kept here.
 */
export function DraftsProvider({ children }: { children: ReactNode }) {
  const ipc = useIpcClient();
  const [loaded, setLoaded] = useState(false);
  const drafts = useRef<FormDrafts>({});
  const waiting = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const sending = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let current = true;
    void ipc.invoke('drafts.list', {}).then((result) => {
      if (!current) return;
      // Without its drafts the app still opens: a form then starts empty, as it always did.
      if (result.ok) drafts.current = result.value;
      setLoaded(true);
    });
    return () => {
      current = false;
    };
  }, [ipc]);

  const send = useCallback(
    (form: string) => {
      waiting.current.delete(form);
      const draft = drafts.current[form];
      sending.current = sending.current.then(() =>
        draft ? ipc.invoke('drafts.keep', { form, draft }) : ipc.invoke('drafts.drop', { form }),
      );
      return sending.current;
    },
    [ipc],
  );

  const flush = useCallback(() => {
    for (const [form, timer] of waiting.current) {
      clearTimeout(timer);
      void send(form);
    }
    return sending.current;
  }, [send]);

  useEffect(() => addPendingFlush(flush), [flush]);

  const schedule = useCallback(
    (form: string) => {
      clearTimeout(waiting.current.get(form));
      waiting.current.set(
        form,
        setTimeout(() => void send(form), keepDelayMs),
      );
    },
    [send],
  );

  const store = useMemo<DraftStore>(
    () => ({
      kept: (form) => drafts.current[form],
      forms: () => Object.keys(drafts.current),
      keep: (form, draft) => {
        drafts.current = { ...drafts.current, [form]: draft };
        schedule(form);
      },
      drop: (form) => {
        if (!(form in drafts.current)) return;
        const { [form]: _dropped, ...rest } = drafts.current;
        drafts.current = rest;
        schedule(form);
      },
    }),
    [schedule],
  );

  if (!loaded) return null;
  return <DraftsContext.Provider value={store}>{children}</DraftsContext.Provider>;
}

export function useDrafts(): DraftStore {
  const store = useContext(DraftsContext);
  if (!store) throw new Error('useDrafts needs a DraftsProvider above it.');
  return store;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when `actual` could stand where `expected` (a blank form value) stands. */
function fitsShape(expected: unknown, actual: unknown): boolean {
  if (actual === undefined) return true;
  if (expected === null) return actual === null || typeof actual === 'string' || typeof actual === 'number';
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.every((item) => typeof item === 'string');
  if (isRecord(expected)) {
    return (
      isRecord(actual) &&
      Object.entries(actual).every(([key, inner]) =>
        key in expected ? fitsShape(expected[key], inner) : typeof inner === 'string',
      )
    );
  }
  return typeof actual === typeof expected;
}

/**
 * A kept draft, used only if it still has the shape of the form's blank value (each field of the
 * same type), so a draft from an older Waypoint can never break a form. Fields it lacks stay blank.
 */
export function draftLike<T extends Record<string, unknown>>(draft: unknown, blank: T): T | undefined {
  if (!isRecord(draft) || !fitsShape(blank, draft)) return undefined;
  return Object.fromEntries(Object.entries(blank).map(([key, value]) => [key, draft[key] ?? value])) as T;
}
