import { assemblePlan, entriesOfPlan, sectionsOfPlan, type PlanDocument } from './plan-document';
import { entryTitle, type PlanListName } from './plan-entries';
import { blankSections, planSectionNames, type PlanSectionName } from './plan-sections';

/** The parts of a plan, in the order the app and the PDF show them (the document's top-level keys). */
export type PlanArea = keyof PlanDocument;
export const planAreas = [
  'about',
  'assessment',
  'goals',
  'supportNetwork',
  'copingStrategies',
  'triggers',
  'warningSigns',
  'setbackPlan',
  'safetyPlan',
  'selfCare',
  'careTeam',
  'reviewSchedule',
] as const satisfies readonly PlanArea[];

const areaOfList: Record<PlanListName, PlanArea> = {
  strengths: 'assessment',
  challenges: 'assessment',
  areasForGrowth: 'assessment',
  currentSituation: 'assessment',
  goals: 'goals',
  actionSteps: 'goals',
  people: 'supportNetwork',
  resources: 'supportNetwork',
  copingStrategies: 'copingStrategies',
  triggers: 'triggers',
  earlyWarningSigns: 'warningSigns',
  worseningWarningSigns: 'warningSigns',
  crisisWarningSigns: 'warningSigns',
  careProfessionals: 'careTeam',
  accountabilityCheckIns: 'careTeam',
};

const areaOfSection: Record<PlanSectionName, PlanArea> = {
  about: 'about',
  setbackPlan: 'setbackPlan',
  safetyPlan: 'safetyPlan',
  selfCare: 'selfCare',
  warningResponses: 'warningSigns',
  reviewSchedule: 'reviewSchedule',
};

export interface FieldChange {
  /** The field's key; nested fields are joined with dots (`early.actionPlan`). */
  field: string;
  before: unknown;
  after: unknown;
}

export interface PlanChange {
  kind: 'added' | 'removed' | 'edited';
  /** Which list the entry is in, or which one-form section changed. */
  part: PlanListName | PlanSectionName;
  /** The entry's id, or the section's name. */
  id: string;
  /** The entry's own words (as it is now, or as it was if removed); empty for a section. */
  title: string;
  /** The entry this one belongs to, such as an action step's goal. */
  parentTitle?: string;
  /** For an added entry: everything it holds; for a removed one: nothing; for an edit: what changed. */
  fields: FieldChange[];
}

export interface PlanDiff {
  /** Only the areas where something changed, in plan order. */
  areas: { area: PlanArea; changes: PlanChange[] }[];
}

interface ComparableItem {
  area: PlanArea;
  part: PlanListName | PlanSectionName;
  id: string;
  title: string;
  parentTitle?: string;
  fields: Record<string, unknown>;
}

function flatten(value: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) {
      Object.assign(fields, flatten(inner as Record<string, unknown>, `${prefix}${key}.`));
    } else {
      fields[`${prefix}${key}`] = inner;
    }
  }
  return fields;
}

function comparableItems(plan: PlanDocument): Map<string, ComparableItem> {
  const items = new Map<string, ComparableItem>();
  const sections = sectionsOfPlan(plan);
  for (const name of planSectionNames) {
    items.set(`section:${name}`, {
      area: areaOfSection[name],
      part: name,
      id: name,
      title: '',
      fields: flatten(sections[name] as Record<string, unknown>),
    });
  }
  const entries = entriesOfPlan(plan);
  const titles = new Map(entries.map((entry) => [entry.id, entryTitle(entry.list, entry.data)]));
  for (const entry of entries) {
    let fields = entry.data as Record<string, unknown>;
    // Trigger ids mean nothing to a reader: compare (and show) the triggers' own words.
    if (entry.list === 'copingStrategies') {
      fields = { ...fields, triggerIds: entry.data.triggerIds.map((id) => titles.get(id) ?? '') };
    }
    items.set(`entry:${entry.id}`, {
      area: areaOfList[entry.list],
      part: entry.list,
      id: entry.id,
      title: titles.get(entry.id) ?? '',
      parentTitle: entry.parentId === null ? undefined : titles.get(entry.parentId),
      fields,
    });
  }
  return items;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What changed from `before` to `after`: entries added, removed and edited, per area of the plan. */
export function diffPlans(before: PlanDocument, after: PlanDocument): PlanDiff {
  const old = comparableItems(before);
  const current = comparableItems(after);
  const changes: (PlanChange & { area: PlanArea })[] = [];
  const describe = (item: ComparableItem, kind: PlanChange['kind'], fields: FieldChange[]) => ({
    area: item.area,
    kind,
    part: item.part,
    id: item.id,
    title: item.title,
    ...(item.parentTitle === undefined ? {} : { parentTitle: item.parentTitle }),
    fields,
  });
  for (const [key, item] of current) {
    const was = old.get(key);
    if (!was) {
      const filled = Object.entries(item.fields).filter(([, value]) => !isBlank(value));
      changes.push(
        describe(
          item,
          'added',
          filled.map(([field, value]) => ({ field, before: null, after: value })),
        ),
      );
      continue;
    }
    const edited = Object.keys({ ...was.fields, ...item.fields })
      .filter((field) => !sameValue(was.fields[field], item.fields[field]))
      .map((field) => ({ field, before: was.fields[field] ?? null, after: item.fields[field] ?? null }));
    if (edited.length) changes.push(describe(item, 'edited', edited));
  }
  for (const [key, item] of old) {
    if (!current.has(key)) changes.push(describe(item, 'removed', []));
  }
  return {
    areas: planAreas
      .map((area) => ({
        area,
        changes: changes.filter((change) => change.area === area).map(({ area: _, ...change }) => change),
      }))
      .filter((group) => group.changes.length > 0),
  };
}

function isBlank(value: unknown): boolean {
  return value === null || value === '' || value === false || (Array.isArray(value) && value.length === 0);
}

/** Counts for a one-line summary ("3 added, 1 removed, 4 edited"). */
export function countChanges(diff: PlanDiff): Record<PlanChange['kind'], number> {
  const counts = { added: 0, removed: 0, edited: 0 };
  for (const group of diff.areas) for (const change of group.changes) counts[change.kind]++;
  return counts;
}

/** The areas of `plan` with anything written in them: what differs from a blank plan. */
export function writtenPlanAreas(plan: PlanDocument): Set<PlanArea> {
  return new Set(diffPlans(assemblePlan(blankSections(), []), plan).areas.map((group) => group.area));
}
