import { describe, expect, it } from 'vitest';
import { planDocumentSchema } from '../../../shared/plan/plan-document';
import { blankEntry, planListNames, planListSchemas } from '../../../shared/plan/plan-entries';
import { entryUpdateSchema, newEntrySchema, sectionUpdateSchema } from '../../../shared/plan/plan-requests';
import { blankSections, planSectionNames, planSectionSchemas } from '../../../shared/plan/plan-sections';
import { planTemplates, withTemplateSuggestions } from '../../../shared/plan/plan-templates';
import { calendarDate, lineText, maxNoteLength, noteText, requiredLineText } from '../../../shared/plan/plan-text';
import { assemblePlan } from '../../../shared/plan/plan-document';

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe('plan text rules', () => {
  it('a name is one line: line breaks and control characters are refused with a clear message', () => {
    expect(lineText.safeParse('Sam (my sponsor)').success).toBe(true);
    expect(firstMessage(lineText.safeParse('Sam\nSmith'))).toMatch(/line breaks or invisible control characters/);
    expect(lineText.safeParse('Sam\u0000').success).toBe(false);
    expect(lineText.safeParse('Sam\u007f').success).toBe(false);
  });

  it('a required line must say something; blanks are not enough', () => {
    expect(firstMessage(requiredLineText.safeParse('   '))).toBe('This cannot be empty.');
  });

  it('notes keep line breaks and tabs, and a few thousand characters are fine', () => {
    expect(noteText.safeParse('First line\n\tSecond line\r\n').success).toBe(true);
    expect(noteText.safeParse('word '.repeat(1500)).success).toBe(true);
  });

  it('absurd text (a megabyte) is refused, saying the limit', () => {
    expect(firstMessage(noteText.safeParse('x'.repeat(1024 * 1024)))).toBe(
      `Keep this under ${maxNoteLength.toLocaleString('en')} characters.`,
    );
    expect(noteText.safeParse('bell\u0007').success).toBe(false);
  });

  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['9999-01-01', false],
    ['1899-12-31', false],
    ['2026-1-5', false],
    ['2026-11-20T10:00:00Z', false],
  ])('the date %s is %s', (date, valid) => {
    expect(calendarDate.safeParse(date).success).toBe(valid);
  });
});

describe('plan schemas', () => {
  it('every blank entry and section is valid once its required words are filled in', () => {
    for (const list of planListNames) {
      const filled = Object.fromEntries(
        Object.entries(blankEntry(list)).map(([key, value]) => [key, value === '' ? 'Something' : value]),
      );
      expect(planListSchemas[list].safeParse(filled).success, list).toBe(true);
    }
    const sections = blankSections();
    for (const name of planSectionNames) expect(planSectionSchemas[name].safeParse(sections[name]).success).toBe(true);
  });

  it('enums are closed: an unknown goal status or relationship is refused', () => {
    const goal = { ...blankEntry('goals'), statement: 'Walk daily', status: 'done' };
    expect(planListSchemas.goals.safeParse(goal).success).toBe(false);
    const person = { ...blankEntry('people'), name: 'Ana', relationship: 'boss' };
    expect(planListSchemas.people.safeParse(person).success).toBe(false);
  });

  it('unknown fields are refused rather than silently stored', () => {
    expect(planListSchemas.triggers.safeParse({ ...blankEntry('triggers'), description: 'x', extra: 1 }).success).toBe(
      false,
    );
  });

  it('a request names its list, and the data is checked against that list', () => {
    const asStrength = { list: 'strengths', parentId: null, data: { text: 'Stubborn in a good way' } };
    expect(newEntrySchema.safeParse(asStrength).success).toBe(true);
    expect(newEntrySchema.safeParse({ ...asStrength, list: 'goals' }).success).toBe(false);
    expect(newEntrySchema.safeParse({ ...asStrength, list: 'secrets' }).success).toBe(false);
    expect(entryUpdateSchema.safeParse({ list: 'strengths', id: 'a1', data: { text: '' } }).success).toBe(false);
  });

  it('a section update is checked against that section', () => {
    const about = { section: 'about', value: blankSections().about };
    expect(sectionUpdateSchema.safeParse(about).success).toBe(true);
    expect(sectionUpdateSchema.safeParse({ section: 'safetyPlan', value: blankSections().about }).success).toBe(false);
    const twice = { section: 'about', value: { ...blankSections().about, recoveringFrom: ['addiction', 'addiction'] } };
    expect(firstMessage(sectionUpdateSchema.safeParse(twice))).toBe('Each kind of recovery can be chosen once.');
  });

  it('every template gives a valid plan document', () => {
    let counter = 0;
    const empty = assemblePlan(blankSections(), []);
    for (const template of planTemplates) {
      const plan = withTemplateSuggestions(empty, template, () => `id-${counter++}`);
      expect(planDocumentSchema.safeParse(plan).success, template.key).toBe(true);
      if (template.key !== 'blank') {
        expect(plan.about.recoveringFrom).toEqual([template.key]);
        expect(plan.goals.length).toBeGreaterThan(0);
        expect(plan.copingStrategies.length).toBeGreaterThan(0);
        expect(plan.triggers.length).toBeGreaterThan(0);
      }
    }
  });

  it('a plan document with a repeated id or a coping strategy pointing at a missing trigger is refused', () => {
    const empty = assemblePlan(blankSections(), []);
    const twice = {
      ...empty,
      assessment: {
        ...empty.assessment,
        strengths: [{ id: 'same', text: 'a' }],
        challenges: [{ id: 'same', text: 'b' }],
      },
    };
    expect(firstMessage(planDocumentSchema.safeParse(twice))).toBe('The id same is used twice.');
    const dangling = {
      ...empty,
      copingStrategies: [{ ...blankEntry('copingStrategies'), id: 'c1', name: 'Walk', triggerIds: ['gone'] }],
    };
    expect(firstMessage(planDocumentSchema.safeParse(dangling))).toMatch(/refers to a trigger that is not in the plan/);
  });
});
