import {
  assemblePlan,
  entriesOfPlan,
  sectionsOfPlan,
  type PlanDocument,
  type PlanEntry,
} from '../../shared/plan/plan-document';
import { diffPlans } from '../../shared/plan/plan-diff';
import { entryTitle } from '../../shared/plan/plan-entries';
import { blankSections } from '../../shared/plan/plan-sections';
import { planTemplates, withTemplateSuggestions } from '../../shared/plan/plan-templates';
import type { PlanView } from '../../shared/plan/plan-view';
import { fakeIpcClient } from './fake-ipc-client';

const ok = <T>(value: T) => ({ ok: true as const, value });

/**
 * An in-memory stand-in for main's plan channels, built on the same shared plan functions, so
 * component tests see realistic answers (and record every call).
 */
export function fakePlanService(options: { plan?: PlanDocument; startedOn?: string | null } = {}) {
  let plan = options.plan ?? assemblePlan(blankSections(), []);
  let startedOn = options.startedOn === undefined ? '2026-11-01' : options.startedOn;
  let lastDeleted: { entries: PlanEntry[]; index: number; title: string; list: PlanEntry['list'] } | undefined;
  const snapshots: { id: string; reviewedOn: string; plan: PlanDocument }[] = [];
  let counter = 0;

  const view = (): PlanView => ({
    plan,
    startedOn,
    reviews: snapshots.map(({ id, reviewedOn }) => ({
      id,
      reviewedOn,
      recordedAt: `${reviewedOn}T12:00:00.000Z`,
      working: '',
      notWorking: '',
      changes: '',
    })),
    lastDeleted: lastDeleted ? { list: lastDeleted.list, title: lastDeleted.title } : null,
  });
  const withEntries = (change: (entries: PlanEntry[]) => PlanEntry[]) => {
    plan = assemblePlan(sectionsOfPlan(plan), change(entriesOfPlan(plan)));
  };

  const fake = fakeIpcClient({
    'plan.get': () => ok(view()),
    'plan.start': ({ template }) => {
      plan = withTemplateSuggestions(
        plan,
        planTemplates.find((t) => t.key === template)!,
        () => `t${++counter}`,
      );
      startedOn = '2026-11-20';
      return ok(view());
    },
    'plan.updateSection': (update) => {
      plan = assemblePlan({ ...sectionsOfPlan(plan), [update.section]: update.value }, entriesOfPlan(plan));
      return ok(view());
    },
    'plan.addEntry': (entry) => {
      const id = `e${++counter}`;
      withEntries((entries) => [...entries, { ...entry, id } as PlanEntry]);
      return ok({ view: view(), id });
    },
    'plan.updateEntry': (update) => {
      withEntries((entries) =>
        entries.map((entry) => (entry.id === update.id ? ({ ...entry, data: update.data } as PlanEntry) : entry)),
      );
      return ok(view());
    },
    'plan.moveEntry': ({ id, toIndex }) => {
      withEntries((entries) => {
        const moving = entries.find((entry) => entry.id === id)!;
        const siblings = entries.filter((e) => e.list === moving.list && e.parentId === moving.parentId && e.id !== id);
        siblings.splice(toIndex, 0, moving);
        return [...entries.filter((e) => e.list !== moving.list || e.parentId !== moving.parentId), ...siblings];
      });
      return ok(view());
    },
    'plan.deleteEntry': ({ id }) => {
      const entries = entriesOfPlan(plan);
      const index = entries.findIndex((entry) => entry.id === id);
      const removed = entries.filter((entry) => entry.id === id || entry.parentId === id);
      lastDeleted = { entries: removed, index, title: entryTitle(removed[0]!.data), list: removed[0]!.list };
      const removedIds = new Set(removed.map((entry) => entry.id));
      withEntries((all) => all.filter((entry) => !removedIds.has(entry.id)));
      return ok(view());
    },
    'plan.undoDelete': () => {
      const restoring = lastDeleted!;
      lastDeleted = undefined;
      withEntries((entries) => [
        ...entries.slice(0, restoring.index),
        ...restoring.entries,
        ...entries.slice(restoring.index),
      ]);
      return ok(view());
    },
    'plan.recordReview': ({ reviewedOn }) => {
      snapshots.unshift({ id: `r${++counter}`, reviewedOn, plan });
      return ok(view());
    },
    'plan.compare': ({ from, to }) => {
      const version = (id: string) => (id === 'current' ? plan : snapshots.find((s) => s.id === id)!.plan);
      return ok(diffPlans(version(from), version(to)));
    },
  });
  return { ...fake, current: () => plan };
}
