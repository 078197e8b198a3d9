/**
 * A validated questionnaire as data: its published wording, its answer options with their points,
 * its severity bands and the change that counts as reliable. The wording is the published form's,
 * item for item (docs/questionnaires.md says where each came from); only the words around it (what
 * it measures, band names) are ours.
 */

export type QuestionnaireId = 'phq-9' | 'phq-2' | 'gad-7' | 'gad-2' | 'who-5' | 'audit-c' | 'pcl-5' | 'k10';

/** The sex whose published threshold applies to a form that has one per sex (AUDIT-C); optional to say. */
export type ThresholdSex = 'female' | 'male';

export interface AnswerOption {
  /** The points this answer adds to the total. */
  points: number;
  /** The published label, exactly. */
  label: string;
}

export interface ScoreBand {
  /** The lowest and highest totals in the band, both included. */
  from: number;
  to: number;
  /** Our neutral name for the range: "a score in the {name} range". */
  name: string;
  /** From this band up, the result suggests talking it over with my clinician. */
  talkItOver: boolean;
}

export interface QuestionnaireForm {
  id: QuestionnaireId;
  /** Bumped when the wording or scoring changes, so a stored response names what it answered. */
  version: number;
  /** The name clinicians use: "PHQ-9". */
  shortName: string;
  /** The published title. */
  title: string;
  /** What it asks about, in our own words, shown before it starts and beside its results. */
  measures: string;
  /** The time it asks about, in our words, for "a score is one view of {period}". */
  period: string;
  /** A short note in our own words shown above the first question (what the PCL-5 asks about). */
  intro?: string;
  /** The published stem, exactly; none where each published question stands alone (AUDIT-C, K10). */
  stem?: string;
  /** The published items, exactly, in order; every one is scored with `options`. */
  items: readonly string[];
  /** The published answer options, exactly, with their points. */
  options: readonly AnswerOption[];
  /**
   * When the items have answers of their own (AUDIT-C), each item's published options in item order;
   * `options` is then the first item's.
   */
  itemOptions?: readonly (readonly AnswerOption[])[];
  /** The published rule that turns the sum into the total (WHO-5: times 4, a percentage); 1 when absent. */
  multiplier?: number;
  /** A higher total means better (WHO-5 well-being); for every other form here a higher total means more trouble. */
  higherIsBetter?: boolean;
  /**
   * The published closing question that is not part of the total (how difficult the problems have
   * made things), with its own options; asked only once some problem was checked.
   */
  followUp?: { text: string; options: readonly AnswerOption[] };
  /** Bands in order, covering every possible total with no gap and no overlap. */
  bands: readonly ScoreBand[];
  /**
   * A form whose published threshold differs by sex (AUDIT-C): the bands for men. `bands` are then
   * the ones for women, also used when no sex was given (the lower, more careful threshold).
   */
  maleBands?: readonly ScoreBand[];
  /**
   * The change in the total usually taken as a real change for one person (docs/questionnaires.md
   * gives the source for each); none for a screener.
   */
  reliableChange?: number;
  /** The item (0-based) about thoughts of death or self-harm: any answer above 0 shows crisis help first. */
  riskItem?: number;
  /** The credit line the form's terms ask for, exactly. */
  credit: string;
  /** What Waypoint left out of the published instructions, marked as the form's terms ask (WHO-5). */
  adaptation?: string;
  /** For a two-item short form: the full form whose first items it is. */
  shortFormOf?: QuestionnaireId;
}

/** The published options of one item (0-based). */
export function optionsOf(form: QuestionnaireForm, item: number): readonly AnswerOption[] {
  return form.itemOptions?.[item] ?? form.options;
}

/** The lowest and highest total a form can give. */
export function totalRange(form: QuestionnaireForm): { min: number; max: number } {
  let min = 0;
  let max = 0;
  form.items.forEach((_item, index) => {
    const points = optionsOf(form, index).map((option) => option.points);
    min += Math.min(...points);
    max += Math.max(...points);
  });
  const multiplier = form.multiplier ?? 1;
  return { min: min * multiplier, max: max * multiplier };
}

/** The bands that apply, given the sex the person said for thresholds (if any). */
export function bandsFor(form: QuestionnaireForm, sex?: ThresholdSex | null): readonly ScoreBand[] {
  return sex === 'male' && form.maleBands ? form.maleBands : form.bands;
}
