import { describe, expect, it } from 'vitest';
import { assemblePlan, type PlanDocument } from '../../../shared/plan/plan-document';
import { countChanges, diffPlans } from '../../../shared/plan/plan-diff';
import { blankEntry } from '../../../shared/plan/plan-entries';
import { blankSections } from '../../../shared/plan/plan-sections';

function planWith(change: (plan: PlanDocument) => void): PlanDocument {
  const plan = assemblePlan(blankSections(), []);
  plan.goals.push({
    ...blankEntry('goals'),
    id: 'g1',
    statement: 'Walk every day',
    actionSteps: [{ ...blankEntry('actionSteps'), id: 's1', text: 'Buy shoes' }],
  });
  plan.triggers.push({ ...blankEntry('triggers'), id: 't1', description: 'Paydays' });
  plan.copingStrategies.push({ ...blankEntry('copingStrategies'), id: 'c1', name: 'Call Ana', triggerIds: ['t1'] });
  change(plan);
  return plan;
}

describe('snapshot diff', () => {
  it('two equal plans have no changes', () => {
    expect(
      diffPlans(
        planWith(() => {}),
        planWith(() => {}),
      ),
    ).toEqual({ areas: [] });
  });

  it('reports added, removed and edited entries per area, in plan order, with what changed', () => {
    const before = planWith(() => {});
    const after = planWith((plan) => {
      plan.goals[0]!.status = 'in-progress';
      plan.goals[0]!.actionSteps[0]!.done = true;
      plan.goals[0]!.actionSteps.push({ ...blankEntry('actionSteps'), id: 's2', text: 'Walk to the park' });
      plan.triggers = [];
      plan.copingStrategies[0]!.triggerIds = [];
      plan.assessment.strengths.push({ id: 'a1', text: 'I ask for help' });
    });
    const diff = diffPlans(before, after);
    expect(diff.areas.map((group) => group.area)).toEqual(['assessment', 'goals', 'copingStrategies', 'triggers']);
    const goals = diff.areas.find((group) => group.area === 'goals')!.changes;
    expect(goals).toEqual([
      {
        kind: 'edited',
        part: 'goals',
        id: 'g1',
        title: 'Walk every day',
        fields: [{ field: 'status', before: 'not-started', after: 'in-progress' }],
      },
      {
        kind: 'edited',
        part: 'actionSteps',
        id: 's1',
        title: 'Buy shoes',
        parentTitle: 'Walk every day',
        fields: [{ field: 'done', before: false, after: true }],
      },
      {
        kind: 'added',
        part: 'actionSteps',
        id: 's2',
        title: 'Walk to the park',
        parentTitle: 'Walk every day',
        fields: [{ field: 'text', before: null, after: 'Walk to the park' }],
      },
    ]);
    const triggers = diff.areas.find((group) => group.area === 'triggers')!.changes;
    expect(triggers).toEqual([{ kind: 'removed', part: 'triggers', id: 't1', title: 'Paydays', fields: [] }]);
    // Links are shown by the trigger's words, not its id.
    const coping = diff.areas.find((group) => group.area === 'copingStrategies')!.changes[0]!;
    expect(coping.fields).toEqual([{ field: 'triggerIds', before: ['Paydays'], after: [] }]);
    expect(countChanges(diff)).toEqual({ added: 2, removed: 1, edited: 3 });
  });

  it('reports edits to one-form sections field by field, including nested warning-sign responses', () => {
    const after = planWith((plan) => {
      plan.safetyPlan.reasonsForLiving = 'My daughter';
      plan.warningSigns.crisis.peopleToCall = 'Ana, then 988';
    });
    const diff = diffPlans(
      planWith(() => {}),
      after,
    );
    expect(diff.areas).toEqual([
      {
        area: 'warningSigns',
        changes: [
          {
            kind: 'edited',
            part: 'warningResponses',
            id: 'warningResponses',
            title: '',
            fields: [{ field: 'crisis.peopleToCall', before: '', after: 'Ana, then 988' }],
          },
        ],
      },
      {
        area: 'safetyPlan',
        changes: [
          {
            kind: 'edited',
            part: 'safetyPlan',
            id: 'safetyPlan',
            title: '',
            fields: [{ field: 'reasonsForLiving', before: '', after: 'My daughter' }],
          },
        ],
      },
    ]);
  });

  it('an entry matched by id is an edit even when its words change completely', () => {
    const after = planWith((plan) => {
      plan.goals[0]!.statement = 'Swim twice a week';
    });
    const [change] = diffPlans(
      planWith(() => {}),
      after,
    ).areas[0]!.changes;
    expect(change).toMatchObject({ kind: 'edited', title: 'Swim twice a week' });
  });
});
