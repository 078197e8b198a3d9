import { describe, expect, it } from 'vitest';
import { assemblePlan } from '../../../shared/plan/plan-document';
import { warningStages } from '../../../shared/plan/plan-entries';
import { blankSections } from '../../../shared/plan/plan-sections';
import { planTemplates, withTemplateSuggestions, type PlanTemplate } from '../../../shared/plan/plan-templates';

const template = (key: PlanTemplate['key']) => planTemplates.find((candidate) => candidate.key === key)!;
const started = (key: PlanTemplate['key']) => {
  let counter = 0;
  return withTemplateSuggestions(assemblePlan(blankSections(), []), template(key), () => `e${counter++}`);
};
/** Every word a template puts in a plan, as one text. */
const wordsOf = (key: PlanTemplate['key']) => JSON.stringify(started(key)).toLowerCase();

describe('plan templates a clinician would sign off', () => {
  const templates = planTemplates.filter((candidate) => candidate.key !== 'blank');

  it.each(templates.map((candidate) => [candidate.key]))(
    '%s: every stage with signs has actions, and the crisis stage leads to the safety plan and urgent help',
    (key) => {
      const plan = started(key);
      for (const stage of warningStages) {
        expect(plan.warningSigns[stage].signs.length).toBeGreaterThan(0);
        expect(plan.warningSigns[stage].actionPlan.trim()).not.toBe('');
      }
      expect(plan.warningSigns.crisis.actionPlan).toMatch(/safety plan/);
      expect(plan.warningSigns.crisis.actionPlan).toMatch(/emergency number/);
    },
  );

  it('addiction: not prescribed to me, medication as agreed, a cut-down goal, HALT and good moods, a doctor before stopping, what led up to it', () => {
    const words = wordsOf('addiction');
    expect(words).toContain('drugs not prescribed to me');
    expect(words).toContain('prescribed medication, methadone or buprenorphine included, as agreed');
    expect(started('addiction').goals.map((goal) => goal.statement)).toContain(
      'Cut down to a limit I choose, if stopping completely is not my goal right now',
    );
    expect(words).toContain('hungry, angry, lonely or tired');
    expect(words).toContain('feeling great and wanting to celebrate');
    expect(words).toMatch(/benzodiazepines.*doctor/);
    expect(started('addiction').setbackPlan.first24Hours).toContain('what led up to it and what I learned');
  });

  it('physical: sudden severe pain means urgent medical help, not a warning stage; function goals, pacing, a flare-up plan, hurt is not harm', () => {
    const plan = started('physical');
    const signs = warningStages.flatMap((stage) => plan.warningSigns[stage].signs.map((sign) => sign.description));
    expect(signs.join(' ').toLowerCase()).not.toContain('sudden');
    expect(plan.setbackPlan.first24Hours).toMatch(/New or sudden severe pain.*urgent medical help now/);
    expect(plan.goals.map((goal) => goal.statement)).toEqual(
      expect.arrayContaining([
        'Get back to something I want to be able to do again',
        'Build up by pacing: find my baseline, then add a little each week',
      ]),
    );
    expect(wordsOf('physical')).toContain('hurt is not always harm');
  });

  it('speaks in the first person: no "you" or "your" in anything a template writes into a plan', () => {
    for (const candidate of templates) expect(wordsOf(candidate.key)).not.toMatch(/\byou(r|rs|rself)?\b/);
  });

  it('adding a template keeps what I wrote for a stage and adds its actions after it, once', () => {
    const mine = assemblePlan(blankSections(), []);
    mine.warningSigns.early.actionPlan = 'Ring Jo.';
    const once = withTemplateSuggestions(mine, template('addiction'), () => 'a');
    expect(once.warningSigns.early.actionPlan).toBe(`Ring Jo.\n\n${template('addiction').stageActions.early}`);
    const twice = withTemplateSuggestions(once, template('addiction'), () => 'b');
    expect(twice.warningSigns.early.actionPlan).toBe(once.warningSigns.early.actionPlan);
  });
});
