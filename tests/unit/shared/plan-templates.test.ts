import { describe, expect, it } from 'vitest';
import { assemblePlan, type PlanDocument } from '../../../shared/plan/plan-document';
import { warningStages, type WarningStage } from '../../../shared/plan/plan-entries';
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

  it('addiction: not prescribed to me, medication as agreed, cutting down offered as the alternative in the first goal, HALT and good moods, a doctor before stopping, what led up to it', () => {
    const words = wordsOf('addiction');
    expect(words).toContain('drugs not prescribed to me');
    expect(words).toContain('prescribed medication, methadone or buprenorphine included, as agreed');
    expect(started('addiction').goals[0]!.statement).toMatch(/not prescribed to me, or cut down to my limit/);
    expect(words).toContain('hungry, angry, lonely or tired');
    expect(words).toContain('feeling great and wanting to celebrate');
    expect(words).toMatch(/benzodiazepines.*doctor/);
    expect(started('addiction').setbackPlan.first24Hours).toContain('what led up to it and what I learned');
  });

  it('physical: new or sudden severe pain means urgent medical help now; function goals, pacing, a setback plan for a flare-up, hurt is not harm', () => {
    const plan = started('physical');
    expect(plan.setbackPlan.first24Hours).toMatch(/New or sudden severe pain.*urgent medical help now/);
    expect(plan.setbackPlan.first24Hours).toMatch(/A flare-up of my usual pain: I go back to my baseline/);
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

/** The paragraph of a stage's actions that starts with `opening` (each sign's own actions). */
const paragraphStarting = (text: string, opening: string) =>
  text.split('\n\n').find((paragraph) => paragraph.startsWith(opening)) ?? '';
const signsAt = (key: PlanTemplate['key'], stage: WarningStage) =>
  started(key).warningSigns[stage].signs.map((sign) => sign.description);
/** Every word of one goal, as one text. */
const goalWords = (goal: PlanDocument['goals'][number]) => JSON.stringify(goal);
const withdrawalAdvice =
  /If I have been drinking or taking benzodiazepines daily( again)?, I do not stop or cut down suddenly on my own: I call my doctor today/;
const withdrawalEmergency =
  /Shaking, seeing or hearing things that are not there, confusion or a fit mean I call my local emergency number now/;

describe('templates as four clinicians asked (issue 26)', () => {
  const templates = planTemplates.filter((candidate) => candidate.key !== 'blank');

  it('addiction: the crisis stage has two separate signs, making plans to use and thinking about ending my life or harming myself', () => {
    const crisis = signsAt('addiction', 'crisis');
    expect(crisis).toEqual(['Making plans to use', 'Thinking about ending my life or harming myself']);
  });

  it('addiction: making plans to use has its own actions: not using alone, naloxone if opioids are involved, the emergency number if someone is hard to wake', () => {
    const forUse = paragraphStarting(
      started('addiction').warningSigns.crisis.actionPlan,
      'If I am making plans to use:',
    );
    expect(forUse).toContain('I do not use alone');
    expect(forUse).toMatch(/If opioids are involved, I keep naloxone with me/);
    expect(forUse).toMatch(
      /If someone is hard to wake or breathing slowly, I call my local emergency number straight away/,
    );
  });

  it('addiction: thinking about harming myself has its own actions: the safety plan, the emergency number, not staying alone', () => {
    const forLife = paragraphStarting(
      started('addiction').warningSigns.crisis.actionPlan,
      'If I am thinking about ending my life or harming myself:',
    );
    expect(forLife).toContain('Open my safety plan');
    expect(forLife).toContain('I call my local emergency number or go to the nearest emergency department now');
    expect(forLife).toContain('I do not stay alone');
    expect(forLife).not.toContain('naloxone');
  });

  it('addiction: the withdrawal advice, a call to my doctor today and the signs for the emergency number, is in the cut-down goal and in the setback plan', () => {
    const plan = started('addiction');
    const cutDown = plan.goals.filter((goal) => /cut down/.test(goal.statement));
    expect(cutDown).toHaveLength(1);
    expect(cutDown[0]!.specific).toMatch(withdrawalAdvice);
    expect(cutDown[0]!.specific).toMatch(withdrawalEmergency);
    expect(plan.setbackPlan.first24Hours).toMatch(withdrawalAdvice);
    expect(plan.setbackPlan.first24Hours).toContain('taking benzodiazepines daily again');
    expect(plan.setbackPlan.first24Hours).toMatch(withdrawalEmergency);
  });

  it.each(planTemplates.map((candidate) => [candidate.key]))(
    '%s: never inserts an abstinence goal and a cut-down goal as two goals',
    (key) => {
      const goals = started(key).goals;
      const aboutStopping = goals.filter((goal) => /stay free of|stop using|stopping/i.test(goalWords(goal)));
      const aboutCuttingDown = goals.filter((goal) => /cut(ting)? down/i.test(goalWords(goal)));
      const either = new Set([...aboutStopping, ...aboutCuttingDown]);
      expect(either.size).toBeLessThanOrEqual(1);
    },
  );

  it('addiction: one goal offers stopping by default and cutting down as the alternative, in its words', () => {
    const [first] = started('addiction').goals;
    expect(first!.statement).toBe('Stay free of alcohol and drugs not prescribed to me, or cut down to my limit');
    expect(first!.specific).toContain('Or, if my aim is to cut down for now:');
    expect(first!.actionSteps.map((step) => step.text)).toContain(
      'Choose my aim for now, stopping or cutting down, and reword this goal to say it',
    );
  });

  it('addiction: a sponsor is called only if I have one, or a supporter', () => {
    const plan = started('addiction');
    expect(plan.warningSigns.worsening.actionPlan).toContain('Call my sponsor, if I have one, or a supporter');
    for (const candidate of templates) {
      expect(wordsOf(candidate.key).replaceAll('my sponsor, if i have one,', '')).not.toContain('sponsor');
    }
  });

  it('mental health: thinking everything is hopeless means contact within a day or two, and today if thoughts of harm appear', () => {
    const plan = started('mental-health');
    expect(signsAt('mental-health', 'worsening')).toContain('Thinking everything is hopeless');
    expect(plan.warningSigns.worsening.actionPlan).toMatch(/Contact my doctor or therapist within a day or two/);
    expect(plan.warningSigns.worsening.actionPlan).toMatch(
      /if thoughts of ending my life or harming myself appear, I contact them today and open my safety plan/,
    );
  });

  it.each(['early', 'worsening'] as const)(
    'mental health: the %s actions say to keep taking my medication, with no changes without my prescriber',
    (stage) => {
      expect(started('mental-health').warningSigns[stage].actionPlan).toContain(
        'Keep taking my medication, if I have any; no changes without my prescriber.',
      );
    },
  );

  it('mental health: what I tell myself is true for a first episode too: bad spells pass, and help makes them pass sooner', () => {
    const plan = started('mental-health');
    expect(plan.setbackPlan.whatIWillTellMyself).toContain('Bad spells pass, and help makes them pass sooner.');
    for (const candidate of templates) expect(wordsOf(candidate.key)).not.toContain('passed before');
  });

  it('no goal is measured by mood: getting out each day, or making time for a loss, is counted in what I did', () => {
    for (const candidate of templates) {
      for (const goal of started(candidate.key).goals) expect(goal.metric, goal.statement).not.toBe('mood');
    }
    const goingOut = started('mental-health').goals.find((goal) => goal.statement === 'Get out of the house every day');
    expect(goingOut!.metric).toBeNull();
  });

  it('physical: the flare-up plan is the setback plan, called by that name', () => {
    const plan = started('physical');
    expect(plan.warningSigns.early.actionPlan).toContain('follow my setback plan (for a flare-up)');
    expect(wordsOf('physical')).not.toContain('flare-up plan');
  });

  it('physical: the red flags are crisis-stage warning signs, and no earlier stage', () => {
    const crisis = signsAt('physical', 'crisis');
    const redFlags = [
      'Chest pain or breathlessness, above all with a swollen calf after surgery',
      'Losing control of my bladder or bowels, or numbness between my legs',
      'A hot, red wound or joint, with a fever',
    ];
    expect(crisis).toEqual(expect.arrayContaining(redFlags));
    expect(crisis.indexOf(redFlags[0]!)).toBe(0);
    const earlier = [...signsAt('physical', 'early'), ...signsAt('physical', 'worsening')].join(' ').toLowerCase();
    for (const flag of ['chest', 'breath', 'bladder', 'bowel', 'fever']) expect(earlier).not.toContain(flag);
  });

  it('physical: each red flag has its action and how soon: the emergency number, urgent help now, urgent help today', () => {
    const actions = started('physical').warningSigns.crisis.actionPlan;
    expect(paragraphStarting(actions, 'If I have chest pain or breathlessness')).toMatch(
      /above all with a swollen calf after surgery: I call my local emergency number now\./,
    );
    expect(paragraphStarting(actions, 'If I lose control of my bladder or bowels')).toMatch(
      /or I am numb between my legs: I get urgent medical help now/,
    );
    expect(paragraphStarting(actions, 'If a wound or joint is hot and red and I have a fever')).toMatch(
      /I get urgent medical help today/,
    );
    expect(paragraphStarting(actions, 'If I feel I cannot cope with the pain any more')).toContain(
      'Open my safety plan',
    );
  });

  it('physical: new, sudden or severe pain is checked urgently, today', () => {
    expect(wordsOf('physical')).toContain(
      'pain that is new, sudden or severe is different: i get it checked urgently, today.',
    );
  });

  it('physical: pacing stays within the limits my surgeon or physiotherapist set', () => {
    const pacing = started('physical').goals.find((goal) => goal.statement.startsWith('Build up by pacing'));
    expect(pacing!.specific).toContain('within the limits my surgeon or physiotherapist set');
  });

  it('life event: the crisis sign names ending my life or harming myself, and its actions say "I do not stay alone" as for mental health', () => {
    const lifeEvent = started('life-event');
    expect(signsAt('life-event', 'crisis')).toContain('Thinking about ending my life or harming myself');
    expect(lifeEvent.warningSigns.crisis.actionPlan).toContain('I do not stay alone');
    expect(lifeEvent.warningSigns.crisis.actionPlan).toBe(started('mental-health').warningSigns.crisis.actionPlan);
  });

  it.each(templates.map((candidate) => [candidate.key]))(
    '%s: every goal, step and sign reads whole as a title (80 characters), so no alternative or red flag is cut off',
    (key) => {
      const plan = started(key);
      const titled = [
        ...plan.goals.map((goal) => goal.statement),
        ...plan.goals.flatMap((goal) => goal.actionSteps.map((step) => step.text)),
        ...plan.copingStrategies.map((strategy) => strategy.name),
        ...plan.triggers.map((trigger) => trigger.description),
        ...warningStages.flatMap((stage) => plan.warningSigns[stage].signs.map((sign) => sign.description)),
      ];
      for (const title of titled) expect(title.length, title).toBeLessThanOrEqual(80);
    },
  );

  it('no template counts days free of self-harm, or speaks of a relapse', () => {
    for (const candidate of templates) {
      const words = wordsOf(candidate.key);
      expect(words).not.toMatch(/free of self-harm|self-harm-free|days? without self-harm/);
      expect(words).not.toMatch(/relapse/);
    }
  });
});
