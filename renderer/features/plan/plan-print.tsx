import type { PlanArea, PlanDiff } from '../../../shared/plan/plan-diff';
import { entriesOfPlan, sectionsOfPlan, type PlanDocument, type PlanEntry } from '../../../shared/plan/plan-document';
import { entryTitle, entryTitleFields, type PlanListName } from '../../../shared/plan/plan-entries';
import type { PlanSectionName } from '../../../shared/plan/plan-sections';
import type { MeasureName } from '../../../shared/metrics/custom-metric';
import { EmergencyLine } from '../../components/emergency-line';
import { useMeasureNames } from '../../lib/measure-names';
import { formatDate } from '../../lib/format-date';
import { PlanDiffView } from './plan-diff-view';
import { entryFields, fieldText, sectionFields, type FieldSpec } from './plan-fields';
import { planAreaTitles } from '../../lib/plan-area-titles';
import { planPages } from './plan-pages';
import { reviewNoteLabels } from './plan-labels';

type AreaPart = { list: PlanListName; heading?: string } | { section: PlanSectionName; heading?: string };

/** What each area of the plan prints, in the order its page shows it. */
const areaParts: Record<PlanArea, AreaPart[]> = {
  about: [{ section: 'about' }],
  assessment: [
    { list: 'strengths', heading: 'My strengths' },
    { list: 'challenges', heading: 'My challenges' },
    { list: 'areasForGrowth', heading: 'Areas for growth' },
    { list: 'currentSituation', heading: 'My current situation' },
  ],
  goals: [{ list: 'goals' }],
  supportNetwork: [
    { list: 'people', heading: 'People' },
    { list: 'resources', heading: 'Resources' },
  ],
  copingStrategies: [{ list: 'copingStrategies' }],
  triggers: [{ list: 'triggers' }],
  warningSigns: [
    { list: 'earlyWarningSigns', heading: 'Early warning signs' },
    { list: 'worseningWarningSigns', heading: 'Worsening signs' },
    { list: 'crisisWarningSigns', heading: 'Crisis signs' },
    { section: 'warningResponses', heading: 'What I do at each stage' },
  ],
  setbackPlan: [{ section: 'setbackPlan' }],
  safetyPlan: [{ section: 'safetyPlan' }],
  selfCare: [{ section: 'selfCare' }],
  careTeam: [
    { list: 'careProfessionals', heading: 'Healthcare professionals' },
    { list: 'accountabilityCheckIns', heading: 'Regular catch-ups' },
  ],
  reviewSchedule: [{ section: 'reviewSchedule' }],
};

/** The area's title as the app's Plan pages name it (triggers and warning signs share a page there). */
export const areaTitle = (area: PlanArea): string =>
  planPages.find((page) => page.area === area && area !== 'triggers')?.title ?? planAreaTitles[area];

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** True when nothing is written anywhere in a section (nested stages included). */
const isEmptySection = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.values(value).every(isEmptySection)
    : isEmpty(value);

function valueAt(record: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], record);
}

/** Written text in full (notes keep their line breaks); choices and dates in words. */
function printedValue(spec: FieldSpec, value: unknown, plan: PlanDocument, measures: readonly MeasureName[]): string {
  if ((spec.kind === 'line' || spec.kind === 'note') && typeof value === 'string') return value.trim();
  return fieldText(spec, value, plan, measures);
}

function Fields({
  fields,
  record,
  plan,
  skip,
}: {
  fields: FieldSpec[];
  record: unknown;
  plan: PlanDocument;
  skip?: string;
}) {
  const measures = useMeasureNames();
  const shown = fields.filter((spec) => spec.name !== skip && !spec.screenOnly && !isEmpty(valueAt(record, spec.name)));
  if (shown.length === 0) return null;
  return (
    <dl className="print-fields">
      {shown.map((spec) => (
        <div key={spec.name} className={spec.kind === 'note' ? 'print-field' : 'print-field print-field-short'}>
          <dt>{spec.label}</dt>
          <dd>{printedValue(spec, valueAt(record, spec.name), plan, measures)}</dd>
        </div>
      ))}
    </dl>
  );
}

function EntryItem({ entry, plan, steps }: { entry: PlanEntry; plan: PlanDocument; steps: PlanEntry[] }) {
  const measures = useMeasureNames();
  const fields = entryFields[entry.list];
  // One-field entries (a strength, a warning sign) print as their text; others under their title.
  const skip = fields.length > 1 ? entryTitleFields[entry.list] : undefined;
  if (!skip) {
    const spec = fields[0]!;
    return (
      <li className="print-entry print-entry-short">
        {printedValue(spec, valueAt(entry.data, spec.name), plan, measures)}
      </li>
    );
  }
  return (
    <li className="print-entry">
      <p className="print-entry-title">{entryTitle(entry.list, entry.data)}</p>
      <Fields fields={fields} record={entry.data} plan={plan} skip={skip} />
      {steps.length > 0 && (
        <div className="print-steps">
          <p className="print-steps-title">Action steps</p>
          <ul>
            {steps.map((step) => {
              const data = step.data as { text: string; dueDate: string | null; done: boolean };
              return (
                <li key={step.id}>
                  {data.done ? '☑' : '☐'} {data.text}
                  {data.dueDate ? ` (due ${formatDate(data.dueDate)})` : ''}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </li>
  );
}

function ListPart({ list, entries, plan }: { list: PlanListName; entries: PlanEntry[]; plan: PlanDocument }) {
  const items = entries.filter((entry) => entry.list === list);
  return (
    <ul className={`print-entries print-entries-${list}`}>
      {items.map((entry) => (
        <EntryItem
          key={entry.id}
          entry={entry}
          plan={plan}
          steps={entries.filter((step) => step.list === 'actionSteps' && step.parentId === entry.id)}
        />
      ))}
    </ul>
  );
}

/**
 * One area of the plan as printed: its heading and everything written in it. A part with nothing
 * written is left out, heading and all (main leaves out an area with nothing written at all).
 */
export function PlanAreaPrint({
  area,
  plan,
  heading = true,
}: {
  area: PlanArea;
  plan: PlanDocument;
  heading?: boolean;
}) {
  const entries = entriesOfPlan(plan);
  const sections = sectionsOfPlan(plan);
  return (
    <section className="print-area" aria-labelledby={heading ? `print-area-${area}` : undefined}>
      {heading && <h2 id={`print-area-${area}`}>{areaTitle(area)}</h2>}
      {areaParts[area].map((part) => {
        const key = 'list' in part ? part.list : part.section;
        const written =
          'list' in part ? entries.some((entry) => entry.list === part.list) : !isEmptySection(sections[part.section]);
        if (!written) return null;
        return (
          <div key={key} className="print-part">
            {part.heading && <h3>{part.heading}</h3>}
            {'list' in part ? (
              <ListPart list={part.list} entries={entries} plan={plan} />
            ) : (
              <Fields fields={sectionFields[part.section]} record={sections[part.section]} plan={plan} />
            )}
          </div>
        );
      })}
      {area === 'safetyPlan' && <EmergencyLine />}
    </section>
  );
}

/**
 * "What changed since my last review": what I wrote at that review (what is working, what is not,
 * what I change), then the plan's changes in the shared areas since, in words.
 */
export function PlanChangesPrint({
  since,
  notes,
  diff,
  plan,
}: {
  since: string;
  notes: { working: string; notWorking: string; changes: string };
  diff: PlanDiff;
  plan: PlanDocument;
}) {
  const written = (['working', 'notWorking', 'changes'] as const)
    .map((note) => ({ label: reviewNoteLabels[note], text: notes[note] }))
    .filter((note) => note.text.trim());
  return (
    <>
      {written.length > 0 && (
        <>
          <p className="report-lead">At my review on {formatDate(since)} I wrote:</p>
          <dl className="print-fields">
            {written.map((note) => (
              <div key={note.label} className="print-field">
                <dt>{note.label}</dt>
                <dd>{note.text.trim()}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <PlanDiffView
        diff={diff}
        fromLabel={`my review of ${formatDate(since)}`}
        toLabel="today"
        plan={plan}
        areaHeading="h2"
      />
    </>
  );
}
