import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  blankEntry,
  entryTitle,
  planListSchemas,
  type PlanEntryData,
  type PlanListName,
} from '../../../shared/plan/plan-entries';
import type { EntryUpdate, NewEntry } from '../../../shared/plan/plan-requests';
import { useAutosave, type AutosaveState } from '../../lib/use-autosave';
import { draftLike, useDrafts } from '../../lib/drafts-context';
import { ArchivedEntries } from './archived-entries';
import { entrySummary } from './entry-summary';
import { entryFields } from './plan-fields';
import { FieldControl, problemsByField, readField, writeField } from './plan-form';
import { usePlanStore } from './plan-store';

type Entry = { id: string } & Record<string, unknown>;

interface EntryListProps {
  list: PlanListName;
  /** The goal an action-step list belongs to. */
  parentId?: string;
  entries: readonly Entry[];
  heading: string;
  headingLevel?: 2 | 3;
  description?: ReactNode;
  /** What one entry is called: "Strength", "Goal". */
  itemLabel: string;
  /** Every field on one row, always editable (short lists of words). */
  inline?: boolean;
  /** More below an expanded entry (a goal's SMART prompts and action steps); `id` is unset until saved. */
  renderDetails?(entry: { id?: string; data: PlanEntryData }): ReactNode;
  emptyText?: string;
}

interface Slot {
  key: string;
  id?: string;
}

/**
 * A list in the plan: add, edit (saved as you type), reorder by drag or by keyboard
 * (Alt+Arrow keys or the Move buttons) and delete with undo.
 */
export function EntryList(props: EntryListProps) {
  const { list, parentId, entries, heading, headingLevel = 2, itemLabel, inline, emptyText } = props;
  const { perform, announce } = usePlanStore();
  const keptDrafts = useDrafts();
  const headingId = useId();
  // Each row keeps its key when a new entry gets its id, so its form (and focus) stays put.
  const [keyById, setKeyById] = useState<Record<string, string>>({});
  // New entries not added yet; those left half-written when the vault locked come back open.
  const newPrefix = newEntryDraftPrefix(list, parentId);
  const [drafts, setDrafts] = useState<string[]>(() =>
    keptDrafts
      .forms()
      .filter((form) => form.startsWith(newPrefix))
      .map((form) => form.slice(newPrefix.length)),
  );
  const [expanded, setExpanded] = useState<Set<string>>(
    () =>
      new Set([
        ...drafts,
        ...entries.filter((entry) => keptDrafts.kept(entryDraftKey(entry.id))).map((entry) => entry.id),
      ]),
  );
  const [dragged, setDragged] = useState<string>();
  const focusAfterMove = useRef<{ key: string; control: 'up' | 'down' } | undefined>(undefined);
  // A new entry's main text (its name, the trigger in my words) takes focus once drawn, so typing starts at once.
  const focusNewEntry = useRef<string | undefined>(undefined);
  const listRef = useRef<HTMLOListElement>(null);

  const claimed = new Set(Object.values(keyById));
  const slots: Slot[] = [
    ...entries.map((entry) => ({ key: keyById[entry.id] ?? entry.id, id: entry.id })),
    ...drafts.filter((key) => !claimed.has(key)).map((key) => ({ key })),
  ];

  useEffect(() => {
    const added = focusNewEntry.current;
    if (!added) return;
    focusNewEntry.current = undefined;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-slot="${CSS.escape(added)}"]`);
    const fields = row?.querySelector<HTMLElement>('.entry-fields');
    (
      fields?.querySelector<HTMLElement>('input[type="text"], textarea') ??
      fields?.querySelector<HTMLElement>('input, select')
    )?.focus();
  });

  useEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    focusAfterMove.current = undefined;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-slot="${CSS.escape(target.key)}"]`);
    const preferred = row?.querySelector<HTMLButtonElement>(`[data-move="${target.control}"]:not(:disabled)`);
    (preferred ?? row?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)'))?.focus();
  });

  function addDraft(): void {
    const key = `draft-${crypto.randomUUID().slice(0, 8)}`;
    focusNewEntry.current = key;
    setDrafts((current) => [...current, key]);
    setExpanded((current) => new Set(current).add(key));
  }

  async function move(slot: Slot, toIndex: number, control: 'up' | 'down'): Promise<void> {
    if (!slot.id || toIndex < 0 || toIndex >= entries.length) return;
    const result = await perform('plan.moveEntry', { id: slot.id, toIndex });
    if (!result.ok) return announce(result.error.message);
    focusAfterMove.current = { key: slot.key, control };
    const entry = entries.find((candidate) => candidate.id === slot.id)!;
    announce(`“${entryTitle(list, dataOf(entry))}” moved to position ${toIndex + 1} of ${entries.length}.`);
  }

  async function remove(slot: Slot, title: string): Promise<void> {
    if (slot.id) {
      const result = await perform('plan.deleteEntry', { id: slot.id });
      if (!result.ok) return announce(result.error.message);
      if (result.value.lastDeleted?.archived) {
        return announce(`Archived “${title}”: my past check-ins still show it.`);
      }
    } else {
      setDrafts((current) => current.filter((key) => key !== slot.key));
    }
    announce(title ? `Deleted “${title}”.` : `Deleted the new ${itemLabel.toLowerCase()}.`);
  }

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={`entry-list${inline ? ' entry-list-inline' : ''}`} aria-labelledby={headingId}>
      <Heading id={headingId}>{heading}</Heading>
      {props.description && <p className="section-description">{props.description}</p>}
      {slots.length === 0 && emptyText && <p className="empty-list">{emptyText}</p>}
      <ol ref={listRef} className="entries">
        {slots.map((slot, index) => {
          const entry = slot.id ? entries.find((candidate) => candidate.id === slot.id) : undefined;
          return (
            <li
              key={slot.key}
              data-slot={slot.key}
              className={`entry${dragged === slot.key ? ' entry-dragged' : ''}`}
              onDragOver={(event) => {
                if (dragged && slot.id) event.preventDefault();
              }}
              onDrop={(event) => {
                event.preventDefault();
                const from = slots.find((candidate) => candidate.key === dragged);
                setDragged(undefined);
                if (from && from.key !== slot.key) void move(from, index, 'up');
              }}
            >
              <EntryRow
                list={list}
                parentId={parentId ?? null}
                slot={slot}
                initial={entry ? dataOf(entry) : blankEntry(list)}
                index={index}
                count={entries.length}
                itemLabel={itemLabel}
                inline={inline ?? false}
                expanded={expanded.has(slot.key)}
                onToggle={() =>
                  setExpanded((current) => {
                    const next = new Set(current);
                    if (!next.delete(slot.key)) next.add(slot.key);
                    return next;
                  })
                }
                onAdded={(id) => setKeyById((current) => ({ ...current, [id]: slot.key }))}
                onMove={(delta) => void move(slot, index + delta, delta < 0 ? 'up' : 'down')}
                onDelete={(title) => void remove(slot, title)}
                onDragStart={() => setDragged(slot.key)}
                onDragEnd={() => setDragged(undefined)}
                renderDetails={props.renderDetails}
              />
            </li>
          );
        })}
      </ol>
      <button type="button" className="button-secondary add-entry" onClick={addDraft}>
        + Add {itemLabel.toLowerCase()}
      </button>
      {!parentId && <ArchivedEntries list={list} />}
    </section>
  );
}

/** The drafts key of an entry's form, and of a new entry's (by list, goal and row). */
const entryDraftKey = (id: string) => `plan-entry:${id}`;
const newEntryDraftPrefix = (list: PlanListName, parentId: string | undefined) =>
  `plan-new:${list}:${parentId ?? 'top'}:`;

function dataOf(entry: Entry): PlanEntryData {
  const { id, actionSteps, ...data } = entry;
  void id;
  void actionSteps;
  return data as PlanEntryData;
}

interface EntryRowProps {
  list: PlanListName;
  parentId: string | null;
  slot: Slot;
  initial: PlanEntryData;
  index: number;
  count: number;
  itemLabel: string;
  inline: boolean;
  expanded: boolean;
  onToggle(): void;
  onAdded(id: string): void;
  onMove(delta: -1 | 1): void;
  onDelete(title: string): void;
  onDragStart(): void;
  onDragEnd(): void;
  renderDetails?: EntryListProps['renderDetails'];
}

/** One entry: its fields (saved as you type), its place in the list, and how it is saved so far. */
function EntryRow(props: EntryRowProps) {
  const { list, slot, index, count, itemLabel, inline, expanded } = props;
  const { view } = usePlanStore();
  const keptDrafts = useDrafts();
  const draftKey = slot.id
    ? entryDraftKey(slot.id)
    : `${newEntryDraftPrefix(list, props.parentId ?? undefined)}${slot.key}`;
  const [data, setData] = useState<PlanEntryData>(
    () =>
      (draftLike(keptDrafts.kept(draftKey), props.initial as Record<string, unknown>) as PlanEntryData | undefined) ??
      props.initial,
  );
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const fields = entryFields[list];
  const parsed = planListSchemas[list].safeParse(data);
  const problems = problemsByField(parsed);
  const { state, discard, serverError } = useEntryAutosave({
    list,
    parentId: props.parentId,
    savedId: slot.id,
    draftKey,
    data,
    initial: props.initial,
    isValid: parsed.success,
    onAdded: props.onAdded,
  });

  const title = entryTitle(list, data);
  const position = `${itemLabel} ${index + 1}`;
  const name = title || `New ${itemLabel.toLowerCase()}`;
  const saved = slot.id !== undefined;
  const labelOf = (spec: (typeof fields)[number]) => (inline && fields.length === 1 ? position : spec.label);
  const firstProblem = fields.find((spec) => problems[spec.name]) ?? fields[0]!;
  const status = saveStatus(state, saved, parsed.success, labelOf(firstProblem));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    props.onMove(event.key === 'ArrowUp' ? -1 : 1);
  };

  const form = (
    <div className={inline ? 'entry-fields entry-fields-inline' : 'entry-fields'}>
      {fields.map((spec) => (
        <FieldControl
          key={spec.name}
          spec={spec}
          plan={view.plan}
          label={labelOf(spec)}
          value={readField(data, spec.name)}
          error={touched.has(spec.name) ? problems[spec.name] : undefined}
          onChange={(value) => {
            setData((current) => writeField(current, spec.name, value) as PlanEntryData);
            setTouched((current) => new Set(current).add(spec.name));
          }}
        />
      ))}
    </div>
  );

  const controls = (
    <ArrangeControls
      name={name}
      slotKey={slot.key}
      saved={saved}
      first={index === 0}
      last={index >= count - 1}
      onMove={props.onMove}
      onDelete={() => {
        discard();
        props.onDelete(title);
      }}
      onDragStart={props.onDragStart}
      onDragEnd={props.onDragEnd}
    />
  );

  const statusLine = (
    <p className="entry-status" role="status">
      {status}
    </p>
  );
  const errorLine = serverError && (
    <p className="field-error" role="alert">
      {serverError}
    </p>
  );

  if (inline) {
    return (
      <div className="entry-row" onKeyDown={onKeyDown}>
        {form}
        {controls}
        {errorLine}
        {!saved && statusLine}
      </div>
    );
  }

  const achievement = slot.id ? view.achievements.find((candidate) => candidate.goalId === slot.id) : undefined;
  const summary = entrySummary(list, data, achievement && { achievement, setbackWord: view.setbackWord });
  return (
    <div className="entry-card" onKeyDown={onKeyDown}>
      <div className="entry-head">
        <div className="entry-title">
          <p className="entry-name">{name}</p>
          {summary && <p className="entry-summary">{summary}</p>}
        </div>
        <button
          type="button"
          className="button-secondary button-small"
          aria-expanded={expanded}
          aria-label={`${expanded ? 'Done' : 'Edit'} “${name}”`}
          onClick={props.onToggle}
        >
          {expanded ? 'Done' : 'Edit'}
        </button>
        {controls}
      </div>
      {expanded && (
        <div className="entry-body">
          {form}
          {errorLine}
          {statusLine}
          {props.renderDetails?.({ id: slot.id, data })}
        </div>
      )}
    </div>
  );
}

interface EntryAutosaveOptions {
  list: PlanListName;
  parentId: string | null;
  /** The entry's id once it is in the plan; unset for a new entry until its first save adds it. */
  savedId: string | undefined;
  draftKey: string;
  data: PlanEntryData;
  initial: PlanEntryData;
  isValid: boolean;
  onAdded(id: string): void;
}

/**
 * Saves an entry as it is typed: a new one is added on its first valid save (and its new-entry
 * draft let go), after that it is updated; what main refuses is kept to show beside the fields.
 */
function useEntryAutosave({
  list,
  parentId,
  savedId,
  draftKey,
  data,
  initial,
  isValid,
  onAdded,
}: EntryAutosaveOptions) {
  const { perform } = usePlanStore();
  const keptDrafts = useDrafts();
  const [serverError, setServerError] = useState<string>();
  const idRef = useRef(savedId);
  const { state, discard } = useAutosave({
    value: data,
    storedValue: initial,
    draftKey,
    isValid,
    save: async (value) => {
      const result = idRef.current
        ? await perform('plan.updateEntry', { list, id: idRef.current, data: value } as EntryUpdate)
        : await perform('plan.addEntry', { list, parentId, data: value } as NewEntry);
      if (!result.ok) {
        setServerError(result.error.message);
        return false;
      }
      setServerError(undefined);
      if (!idRef.current && result.value.addedId) {
        idRef.current = result.value.addedId;
        keptDrafts.drop(draftKey);
        onAdded(result.value.addedId);
      }
      return true;
    },
  });
  return { state, discard, serverError };
}

/** The line under an entry: saving, saved, or what it still needs before it can be kept. */
function saveStatus(state: AutosaveState, saved: boolean, valid: boolean, firstProblemLabel: string): string {
  return state === 'waiting' || state === 'saving'
    ? 'Saving…'
    : !saved && !valid
      ? `Not saved yet: fill in “${firstProblemLabel}” to keep it.`
      : state === 'failed'
        ? 'Not saved.'
        : saved
          ? 'Saved'
          : '';
}

/** An entry's drag handle, Move up and down buttons and Delete; moving waits until it is saved. */
function ArrangeControls({
  name,
  slotKey,
  saved,
  first,
  last,
  onMove,
  onDelete,
  onDragStart,
  onDragEnd,
}: {
  /** The entry's title, or "New …" before it has one. */
  name: string;
  slotKey: string;
  saved: boolean;
  first: boolean;
  last: boolean;
  onMove(delta: -1 | 1): void;
  onDelete(): void;
  onDragStart(): void;
  onDragEnd(): void;
}) {
  return (
    <div className="entry-controls" role="group" aria-label={`${name}: arrange`}>
      {saved && (
        <span
          className="drag-handle"
          draggable
          onDragStart={(event) => {
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', slotKey);
            onDragStart();
          }}
          onDragEnd={onDragEnd}
          title="Drag to reorder"
          aria-hidden="true"
        >
          ⠿
        </span>
      )}
      <button
        type="button"
        className="button-quiet button-small"
        data-move="up"
        disabled={!saved || first}
        onClick={() => onMove(-1)}
        aria-label={`Move “${name}” up`}
        aria-keyshortcuts="Alt+ArrowUp"
      >
        ↑
      </button>
      <button
        type="button"
        className="button-quiet button-small"
        data-move="down"
        disabled={!saved || last}
        onClick={() => onMove(1)}
        aria-label={`Move “${name}” down`}
        aria-keyshortcuts="Alt+ArrowDown"
      >
        ↓
      </button>
      <button
        type="button"
        className="button-quiet button-small button-danger"
        onClick={onDelete}
        aria-label={`Delete “${name}”`}
      >
        Delete
      </button>
    </div>
  );
}
