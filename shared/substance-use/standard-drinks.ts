/**
 * Standard drinks: how much pure alcohol a drink holds, counted in the unit a country's health
 * advice uses. The grams are each country's own published definition; a country not listed uses
 * the WHO's 10 g (the AUDIT's standard drink).
 */

/** The density of ethanol, grams per millilitre. */
export const ethanolGramsPerMl = 0.789;

export interface StandardDrinkDefinition {
  /** ISO 3166-1 alpha-2 code, or `WHO`. */
  country: string;
  /** Pure alcohol in one standard drink (or, in the UK, one unit). */
  grams: number;
  /** What the country calls it and how much it holds, as the settings and the drink helper say it. */
  name: string;
  /** What one is called beside a count: "standard drink", "UK unit". */
  one: string;
}

export const standardDrinkCountries = ['WHO', 'GB', 'IE', 'US', 'CA', 'AU', 'NZ', 'ES'] as const;
export type StandardDrinkCountry = (typeof standardDrinkCountries)[number];

export const standardDrinkDefinitions: readonly (StandardDrinkDefinition & { country: StandardDrinkCountry })[] = [
  { country: 'WHO', grams: 10, name: 'standard drink (10 g of alcohol, the WHO’s)', one: 'standard drink' },
  { country: 'GB', grams: 8, name: 'UK unit (8 g of alcohol)', one: 'UK unit' },
  { country: 'IE', grams: 10, name: 'standard drink (10 g of alcohol, Ireland’s)', one: 'standard drink' },
  { country: 'US', grams: 14, name: 'standard drink (14 g of alcohol, the US’s)', one: 'standard drink' },
  { country: 'CA', grams: 13.45, name: 'standard drink (13.45 g of alcohol, Canada’s)', one: 'standard drink' },
  { country: 'AU', grams: 10, name: 'standard drink (10 g of alcohol, Australia’s)', one: 'standard drink' },
  { country: 'NZ', grams: 10, name: 'standard drink (10 g of alcohol, New Zealand’s)', one: 'standard drink' },
  { country: 'ES', grams: 10, name: 'standard drink (10 g of alcohol, Spain’s)', one: 'standard drink' },
];

/** The definition for a country, or the WHO's when the country has none listed. */
export function standardDrinkFor(country: string | undefined): StandardDrinkDefinition {
  const found = standardDrinkDefinitions.find((definition) => definition.country === country?.toUpperCase());
  return found ?? standardDrinkDefinitions[0]!;
}

/** A drink as poured: its volume and strength (alcohol by volume, in per cent). */
export interface Drink {
  volumeMl: number;
  abvPercent: number;
}

/** Grams of pure alcohol in a drink. */
export const alcoholGrams = ({ volumeMl, abvPercent }: Drink): number =>
  volumeMl * (abvPercent / 100) * ethanolGramsPerMl;

/** Standard drinks in a drink, to one decimal place (a 175 ml glass of 12% wine is 2.1 UK units). */
export function standardDrinks(drink: Drink, definition: StandardDrinkDefinition): number {
  return Math.round((alcoholGrams(drink) / definition.grams) * 10) / 10;
}

/** Common drinks as poured, to start from; the volume and strength can be changed. */
export const commonDrinks: readonly ({ label: string } & Drink)[] = [
  { label: 'Bottle or can of beer (330 ml, 5%)', volumeMl: 330, abvPercent: 5 },
  { label: 'Pint of beer or cider (568 ml, 4.5%)', volumeMl: 568, abvPercent: 4.5 },
  { label: 'Glass of wine (175 ml, 12%)', volumeMl: 175, abvPercent: 12 },
  { label: 'Large glass of wine (250 ml, 12%)', volumeMl: 250, abvPercent: 12 },
  { label: 'Bottle of wine (750 ml, 12%)', volumeMl: 750, abvPercent: 12 },
  { label: 'Shot of spirits (25 ml, 40%)', volumeMl: 25, abvPercent: 40 },
  { label: 'Double or US shot of spirits (44 ml, 40%)', volumeMl: 44, abvPercent: 40 },
];
