import { describe, expect, it } from 'vitest';
import {
  alcoholGrams,
  commonDrinks,
  standardDrinkFor,
  standardDrinks,
} from '../../../shared/substance-use/standard-drinks';
import { isLapse, lapseDaysFromUse, type Substance } from '../../../shared/substance-use/substance-use';

describe('standard drinks', () => {
  const wine = { volumeMl: 175, abvPercent: 12 };

  it('works out the grams of alcohol from volume and strength', () => {
    expect(alcoholGrams(wine)).toBeCloseTo(16.57, 2);
  });

  it('counts in the country’s own definition: a 175 ml glass of 12% wine', () => {
    expect(standardDrinks(wine, standardDrinkFor('GB'))).toBe(2.1); // UK units of 8 g
    expect(standardDrinks(wine, standardDrinkFor('us'))).toBe(1.2); // 14 g
    expect(standardDrinks(wine, standardDrinkFor('AU'))).toBe(1.7); // 10 g
    expect(standardDrinks(wine, standardDrinkFor('CA'))).toBe(1.2); // 13.45 g
  });

  it('uses the WHO’s 10 g for a country with no definition listed, and says so in its name', () => {
    expect(standardDrinkFor('BR')).toMatchObject({ country: 'WHO', grams: 10 });
    expect(standardDrinkFor(undefined).name).toContain('WHO');
  });

  it('offers common drinks whose labels say the volume and strength used', () => {
    for (const drink of commonDrinks) {
      expect(drink.label).toContain(`${drink.volumeMl} ml`);
      expect(drink.label).toContain(`${drink.abvPercent}%`);
    }
  });
});

describe('a lapse from use', () => {
  const alcohol: Substance = {
    id: 'a',
    name: 'Alcohol',
    kind: 'alcohol',
    unit: '',
    goal: { kind: 'cut-down', dailyLimit: 2 },
  };
  const cannabis: Substance = { id: 'c', name: 'Cannabis', kind: 'other', unit: 'joints', goal: { kind: 'free' } };

  it('is any use of a substance my plan is free of', () => {
    expect(isLapse(cannabis.goal, 0)).toBe(false);
    expect(isLapse(cannabis.goal, 0.5)).toBe(true);
  });

  it('is use over my limit for a cut-down goal; a day within it is not a lapse', () => {
    expect(isLapse(alcohol.goal, 2)).toBe(false);
    expect(isLapse(alcohol.goal, 2.1)).toBe(true);
  });

  it('gives the lapse days once each, in order, across substances', () => {
    const days = lapseDaysFromUse(
      [alcohol, cannabis],
      [
        { substanceId: 'a', day: '2026-12-03', amount: 4 },
        { substanceId: 'c', day: '2026-12-03', amount: 1 },
        { substanceId: 'a', day: '2026-12-01', amount: 1 },
        { substanceId: 'c', day: '2026-11-28', amount: 2 },
        { substanceId: 'gone', day: '2026-11-20', amount: 9 },
      ],
    );
    expect(days).toEqual(['2026-11-28', '2026-12-03']);
  });
});
