import { instantAt } from '../../shared/check-ins/check-in-day';
import type { CheckInFields } from '../../shared/check-ins/check-in';
import { addDays, addMonths, daysBetween } from '../../shared/dates/calendar-date';
import type { PlanDocument } from '../../shared/plan/plan-document';
import { blankEntry } from '../../shared/plan/plan-entries';
import { planTemplates, withTemplateSuggestions } from '../../shared/plan/plan-templates';
import { nextReviewAfter } from '../../shared/plan/review-schedule';
import { insertCheckIn } from '../check-ins/check-in-repository';
import { addCustomMetric, setMetricEnabled } from '../metrics/metric-repository';
import { readSettings } from '../settings/settings-repository';
import { inTransaction, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';
import { markPlanStarted, readPlan, replacePlan } from '../plan/plan-repository';
import { recordPlanReview } from '../plan/plan-review-repository';
import { insertMilestone } from '../milestones/milestone-repository';
import { questionnaireForm } from '../../shared/questionnaires/questionnaire-forms';
import { insertResponse } from '../questionnaires/questionnaire-repository';
import { fillDemoCare } from './demo-care';

export interface DemoOptions {
  years: number;
  /** The last day with check-ins. */
  today: string;
  /** Same seed, same vault: benchmarks and screenshots stay comparable. */
  seed?: number;
  /** Check-ins on each day with any; by default one, sometimes two. The benchmark's largest vault uses more. */
  checkInsPerDay?: number;
}

/** A small, seeded pseudo-random generator (mulberry32). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const notes = [
  'Good walk with Sam after work. Felt lighter.',
  'Hard evening. Used the urge-surfing steps and it passed.',
  'Slept badly, but the meeting helped.',
  'Payday. Went straight home and cooked instead.',
  'Quiet day. Read for an hour.',
  'Argument at work; called my sponsor on the way home.',
  'Rain all day and low energy, but I stuck to my routine.',
  'Felt proud today. Told my sister how far I have come.',
];

/** A complete example plan: the addiction template filled in the way a real person might. */
function demoPlan(
  db: ReadableDatabase,
  start: string,
  cleanDate: string,
  today: string,
  newId: () => string,
): PlanDocument {
  const addiction = planTemplates.find((template) => template.key === 'addiction')!;
  const plan = withTemplateSuggestions(readPlan(db), addiction, newId);
  // Phone numbers from the range set aside for fiction (07700 900xxx).
  const person = (
    name: string,
    relationship: 'friend' | 'sponsor' | 'family',
    contact: string,
    helpsWith: string,
    [checkInFrequency, daysSinceContact]: [string, number],
  ) => ({
    ...blankEntry('people'),
    id: newId(),
    name,
    relationship,
    contact,
    helpsWith,
    checkInFrequency,
    lastContactOn: addDays(today, -daysSinceContact),
  });
  const people = [
    person('Sam', 'friend', '07700 900123', 'Walks and honest talk.', ['twice a week', 4]),
    person('Alex (sponsor)', 'sponsor', '07700 900456', 'Cravings, any time of day.', ['every other day', 1]),
    person('Jo', 'family', '07700 900789', 'Sunday dinners; reminds me why I started.', ['weekly', 9]),
  ];
  const crisisLine = {
    ...blankEntry('resources'),
    id: newId(),
    name: 'Local crisis line',
    kind: 'crisis-line' as const,
    contact: '0800 000 0000',
    whenWhere: 'Any time, day or night.',
  };
  return {
    ...plan,
    about: {
      recoveringFrom: ['addiction', 'mental-health'],
      inMyOwnWords: 'Alcohol took over my evenings and then my weekends. I want my mornings back.',
      startDate: start,
      cleanDate,
      countedAs: 'sober',
      setbackWord: '',
      coOccurring: 'Anxiety, worse in winter.',
      whatRecoveryMeans: 'Being someone my family can count on, and liking who I am when I wake up.',
    },
    assessment: {
      strengths: [{ id: newId(), text: 'I keep going even on hard days.' }],
      challenges: [{ id: newId(), text: 'Evenings alone after work.' }],
      areasForGrowth: [{ id: newId(), text: 'Asking for help before things get bad.' }],
      currentSituation: [{ id: newId(), text: 'Working full time; living alone; close to my sister.' }],
    },
    // A year or more in, the first goal (the first 90 days) is long achieved; the others go on.
    goals: plan.goals.map((goal, index) => ({
      ...goal,
      status: index === 0 && daysBetween(start, today) >= 365 ? 'achieved' : 'in-progress',
    })),
    supportNetwork: {
      people,
      resources: [
        crisisLine,
        {
          ...blankEntry('resources'),
          id: newId(),
          name: 'Tuesday evening support group',
          kind: 'support-group',
          whenWhere: 'Tuesdays 19:00, community centre.',
        },
      ],
    },
    setbackPlan: {
      first24Hours: 'Tell Alex. Pour away anything in the house. Eat, drink water, sleep.',
      whatIWillTellMyself: 'A lapse is a moment, not the end of my recovery.',
      whoIContact: 'Alex first, then Jo.',
      reasonsForRecovery: 'My mornings, my health, my sister trusting me again.',
    },
    safetyPlan: {
      warningSigns: 'Not answering my phone; drinking alone; thinking nobody would notice.',
      thingsICanDoAlone: 'Shower, walk round the block, put on the playlist Jo made.',
      peopleAndPlaces: 'The café on the corner; the library.',
      peopleICanAsk: 'Alex first; if I cannot reach Alex, Sam, then Jo.',
      peopleICanAskIds: [people[1]!.id, people[0]!.id, people[2]!.id],
      professionalsAndCrisisLines: 'My GP surgery in opening hours; the crisis line any time.',
      professionalIds: [crisisLine.id],
      saferSurroundings: 'Alcohol: I keep none in the flat. Medicines: Jo keeps the spare packs.',
      reasonsForLiving: 'Jo, my nephew, the sea.',
      reviewedOn: addDays(today, -20),
    },
    careTeam: {
      professionals: [
        {
          ...blankEntry('careProfessionals'),
          id: newId(),
          name: 'Dr Morgan Hale',
          role: 'Therapist (CBT)',
          contact: '07700 900321',
          appointments: 'Every other Thursday, 10:00.',
        },
        {
          ...blankEntry('careProfessionals'),
          id: newId(),
          name: 'Riverside Surgery',
          role: 'GP',
          contact: '07700 900654',
          appointments: 'Medication review every six months.',
        },
      ],
      accountability: [
        {
          ...blankEntry('accountabilityCheckIns'),
          id: newId(),
          withWhom: 'Alex (sponsor)',
          howOften: 'Every other day',
          notes: 'A text is enough on busy days.',
          lastContactOn: addDays(today, -1),
        },
      ],
    },
    selfCare: {
      sleep: 'Lights out by 23:00.',
      movement: 'A walk every day.',
      food: 'Breakfast every morning.',
      stressRoutines: 'Breathing exercise before difficult calls.',
      dailyMustDos: 'Check in, walk, eat properly.',
      realisticExpectations: 'Some days are just about getting through.',
      smallVictories: 'Cooking a proper meal counts.',
    },
    reviewSchedule: { cadence: 'monthly', nextReviewOn: nextReviewAfter(today, 'monthly') },
  };
}

/**
 * Fills an empty, migrated vault with a realistic example: a complete plan and `years` of daily
 * check-ins ending today, with seasonal mood drift, a slow improvement, coping strategies that
 * help, triggers that hurt, a few lapses, the odd trip abroad and late-night check-in.
 */
export function fillDemoVault(db: WritableDatabase, options: DemoOptions, newId: () => string): { checkIns: number } {
  const random = seededRandom(options.seed ?? 20261120);
  const { today } = options;
  const start = addMonths(today, -12 * options.years);
  const cleanDate = addDays(start, 14);
  let checkIns = 0;
  inTransaction(db, () => {
    const plan = demoPlan(db, start, cleanDate, today, newId);
    replacePlan(db, plan);
    markPlanStarted(db, start);
    setMetricEnabled(db, 'pain', false);
    addCustomMetric(db, 'custom-meeting', { label: 'Went to a meeting', kind: 'yes-no', min: 0, max: 1, unit: '' });
    const boundary = readSettings(db).dayBoundaryMinutes;

    const strategies = plan.copingStrategies.map((strategy) => strategy.id);
    const triggers = plan.triggers.map((trigger) => trigger.id);
    const earlySigns = plan.warningSigns.early.signs.map((sign) => sign.id);
    const worseningSigns = plan.warningSigns.worsening.signs.map((sign) => sign.id);
    const crisisSigns = plan.warningSigns.crisis.signs.map((sign) => sign.id);
    const totalDays = daysBetween(start, today);
    // A few lapses: more in the first year, then about one a year.
    const lapseDays = new Set<number>();
    for (let year = 0; year < options.years; year++) {
      for (let count = year === 0 ? 3 : 1; count > 0; count--)
        lapseDays.add(year * 365 + 20 + Math.floor(random() * 330));
    }

    for (let index = 0; index <= totalDays; index++) {
      const day = addDays(start, index);
      // Three days before today there is always a note written after midnight, counted for the evening before.
      const sleeplessNight = index === totalDays - 3;
      if (!sleeplessNight && random() < 0.07) continue; // a day without a check-in
      const month = Number(day.slice(5, 7));
      const season = Math.cos(((month - 7) / 12) * 2 * Math.PI); // 1 in July, -1 in January
      const progress = Math.min(1, index / 730);
      const lapse = lapseDays.has(index);
      const nearLapse = [...lapseDays].some((lapseIndex) => index >= lapseIndex - 4 && index <= lapseIndex + 3);
      const used = strategies.filter(() => random() < 0.35 + 0.2 * progress);
      const met = triggers.filter(() => random() < (nearLapse ? 0.5 : 0.12));
      const noticed = nearLapse ? earlySigns.filter(() => random() < 0.6) : [];
      const baseMood = 4.4 + 1.6 * progress + 0.9 * season + 0.45 * used.length - 0.7 * met.length - (lapse ? 2.5 : 0);
      // Signs noticed away from lapses too: an early one on some low days, a worsening one just before a lapse.
      // (No extra random draws, so the rest of the demo stays as it was.)
      if (!nearLapse && baseMood < 5 && index % 3 === 0 && earlySigns.length) {
        noticed.push(earlySigns[index % earlySigns.length]!);
      }
      if (
        worseningSigns.length &&
        [...lapseDays].some((lapseIndex) => index >= lapseIndex - 2 && index <= lapseIndex)
      ) {
        noticed.push(worseningSigns[0]!);
      }
      // The crisis stage, "making plans to use", the day before every other lapse: page 1's risk line has dates.
      if (crisisSigns.length && [...lapseDays].some((lapseIndex) => index === lapseIndex - 1 && lapseIndex % 2 === 0)) {
        noticed.push(crisisSigns[0]!);
      }
      const travelling = month === 8 && Number(day.slice(8)) <= 10; // a summer trip to New York
      const timeZone = travelling ? 'America/New_York' : 'Europe/London';
      const entries = options.checkInsPerDay ?? (random() < 0.15 ? 2 : 1);
      for (let entry = 0; entry < entries; entry++) {
        const lateNight = entry === entries - 1 && (sleeplessNight || random() < 0.05);
        const drawnHour =
          entries === 2 && entry === 0 ? 8 : lateNight ? 24 + Math.floor(random() * 3) : 19 + Math.floor(random() * 4);
        // Today's check-ins are from this morning, so none is dated after the moment a PDF says it was made.
        const hour = day === today ? 7 + entry : drawnHour;
        const minute = Math.floor(random() * 60);
        const wallDay = hour >= 24 ? addDays(day, 1) : day;
        const time = `${String(hour % 24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        const clamp = (value: number, low = 0, high = 10) => Math.max(low, Math.min(high, Math.round(value)));
        const mood = clamp(baseMood + (random() - 0.5) * 2.4);
        const fields: CheckInFields = {
          at: instantAt(wallDay, time, timeZone).toISOString(),
          timeZone,
          mood,
          values: {
            energy: clamp(mood - 0.5 + (random() - 0.5) * 3),
            anxiety: clamp(7 - mood * 0.6 - 0.8 * season + (random() - 0.5) * 3),
            'sleep-hours': Math.round((6.4 + 0.6 * season + progress + (random() - 0.5) * 2) * 4) / 4,
            'sleep-quality': clamp(mood + (random() - 0.5) * 3),
            cravings: clamp(6 - 4 * progress + 2.5 * met.length + (lapse ? 3 : 0) + (random() - 0.5) * 3),
            ...(day.endsWith('2') || random() < 0.12 ? { 'custom-meeting': random() < 0.8 ? 1 : 0 } : {}),
          },
          copingIds: entry === entries - 1 ? used : [],
          triggerIds: entry === entries - 1 ? met : [],
          warningSignIds: entry === entries - 1 ? noticed : [],
          lapse: lapse && entry === entries - 1,
          note:
            sleeplessNight && lateNight
              ? 'Could not sleep. Wrote this instead of lying awake.'
              : random() < 0.3
                ? notes[Math.floor(random() * notes.length)]!
                : '',
          dayChosen: false,
        };
        insertCheckIn(db, newId(), fields, boundary);
        checkIns++;
      }
    }

    insertMilestone(db, {
      id: newId(),
      title: 'Told my sister about my recovery',
      date: addDays(start, 40),
      goalId: null,
    });
    insertMilestone(db, { id: newId(), title: 'First sober holiday', date: addMonths(start, 7), goalId: null });
    // Reviews every three months, and the latest three weeks ago: the next one is not overdue.
    for (const reviewedOn of [addMonths(today, -9), addMonths(today, -6), addMonths(today, -3), addDays(today, -21)]) {
      if (reviewedOn <= start) continue;
      recordPlanReview(
        db,
        {
          reviewedOn,
          working: 'Evening walks and the Tuesday group.',
          notWorking: 'Paydays are still hard.',
          changes: '',
        },
        newId(),
        new Date(`${reviewedOn}T20:00:00Z`),
      );
    }
    answerDemoQuestionnaires(db, start, today, newId);
    const lapses = [...lapseDays]
      .sort((a, b) => a - b)
      .filter((index) => index <= totalDays)
      .map((index) => addDays(start, index));
    fillDemoCare(db, { start, today, lapseDays: lapses, boundary }, seededRandom(20_261_206), newId);
  });
  return { checkIns };
}

/**
 * A PHQ-9 and a GAD-7 every two weeks over the last two years (or since the plan started), the latest
 * three days ago: moderately severe low mood and moderate anxiety easing to the mild range, with the
 * ups and downs of real answers. PHQ-9 question 9 is always "Not at all". Its own seed, so the
 * check-ins above stay as they were.
 */
function answerDemoQuestionnaires(db: WritableDatabase, start: string, today: string, newId: () => string): void {
  const random = seededRandom(20_261_205);
  const twoYearsAgo = addMonths(today, -24);
  const first = start > twoYearsAgo ? start : twoYearsAgo;
  const days: string[] = [];
  for (let day = addDays(today, -3); day >= first; day = addDays(day, -14)) days.unshift(day);
  const trend = [
    { form: questionnaireForm('phq-9'), from: 17, to: 6 },
    { form: questionnaireForm('gad-7'), from: 13, to: 5 },
  ];
  days.forEach((day, index) => {
    const progress = days.length > 1 ? index / (days.length - 1) : 1;
    // A harder stretch a little past the middle, as recovery rarely runs straight.
    const setback = Math.abs(progress - 0.6) < 0.06 ? 4 : 0;
    trend.forEach(({ form, from, to }, order) => {
      const scored = form.riskItem === undefined ? form.items.length : form.items.length - 1;
      const target = from + (to - from) * progress + setback;
      const items = form.items.map((_item, item) =>
        item === form.riskItem ? 0 : Math.max(0, Math.min(3, Math.round(target / scored + (random() - 0.5) * 1.6))),
      );
      const followUp = form.followUp && items.some((points) => points > 0) ? Math.min(3, Math.round(target / 8)) : null;
      insertResponse(db, {
        id: newId(),
        form: form.id,
        version: form.version,
        day,
        answeredAt: `${day}T19:${String(30 + order * 5)}:00.000Z`,
        items,
        followUp,
      });
    });
  });
}
