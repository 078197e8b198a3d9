/**
 * A validated questionnaire as data: its published wording, its answer options with their points,
 * its severity bands and the change that counts as reliable. The wording is the published form's,
 * item for item (docs/questionnaires.md says where each came from); only the words around it (what
 * it measures, band names) are ours.
 */

export type QuestionnaireId = 'phq-9' | 'phq-2' | 'gad-7' | 'gad-2';

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
  /** The published stem, exactly. */
  stem: string;
  /** The published items, exactly, in order; every one is scored with `options`. */
  items: readonly string[];
  /** The published answer options, exactly, with their points. */
  options: readonly AnswerOption[];
  /**
   * The published closing question that is not part of the total (how difficult the problems have
   * made things), with its own options; asked only once some problem was checked.
   */
  followUp?: { text: string; options: readonly AnswerOption[] };
  /** Bands in order, covering every possible total with no gap and no overlap. */
  bands: readonly ScoreBand[];
  /**
   * The change in the total usually taken as a real change for one person (docs/questionnaires.md
   * gives the source for each); none for a screener.
   */
  reliableChange?: number;
  /** The item (0-based) about thoughts of death or self-harm: any answer above 0 shows crisis help first. */
  riskItem?: number;
  /** The credit line the form's terms ask for, exactly. */
  credit: string;
  /** For a two-item short form: the full form whose first items it is. */
  shortFormOf?: QuestionnaireId;
}

/** The lowest and highest total a form can give. */
export function totalRange(form: QuestionnaireForm): { min: number; max: number } {
  const points = form.options.map((option) => option.points);
  return { min: Math.min(...points) * form.items.length, max: Math.max(...points) * form.items.length };
}
