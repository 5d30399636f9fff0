import { describe, expect, it } from 'vitest';
import { countLabel, filterExercises, matchesExercise, musclesOf, NO_FILTER, regionsOf } from './filter';
import { chinTucks, doorwayStretch, library, myGluteBall, oldStretch } from './test-exercise';

const names = (list: { name: string }[]) => list.map((e) => e.name);

describe('searching the exercise library', () => {
  it('finds a word in the name, the body region or a target muscle, ignoring case', () => {
    expect(matchesExercise(chinTucks, 'CHIN')).toBe(true);
    expect(matchesExercise(chinTucks, 'neck')).toBe(true);
    expect(matchesExercise(chinTucks, 'subocc')).toBe(true);
    expect(matchesExercise(chinTucks, 'glute')).toBe(false);
  });

  it('needs every word, in any order, and ignores accents', () => {
    expect(matchesExercise(myGluteBall, 'medius ball')).toBe(true);
    expect(matchesExercise(myGluteBall, 'medius neck')).toBe(false);
    expect(matchesExercise({ ...myGluteBall, name: 'Balle fessière' }, 'FESSIERE')).toBe(true);
  });

  it('matches everything when the search is empty or blank', () => {
    expect(matchesExercise(chinTucks, '   ')).toBe(true);
  });
});

describe('filtering the exercise library', () => {
  it('leaves out hidden and retired exercises until their box is ticked', () => {
    expect(names(filterExercises(library, NO_FILTER))).toEqual(['Chin tucks', 'Ball under the glute']);
    expect(names(filterExercises(library, { ...NO_FILTER, showHidden: true }))).toContain('Doorway chest stretch');
    expect(names(filterExercises(library, { ...NO_FILTER, showRetired: true }))).toContain('Old neck stretch');
  });

  it('filters by body region, whatever its case, and by target muscle', () => {
    const all = { ...NO_FILTER, showHidden: true, showRetired: true };
    expect(names(filterExercises(library, { ...all, region: 'Neck' }))).toEqual(['Chin tucks', 'Old neck stretch']);
    expect(names(filterExercises(library, { ...all, muscle: 'Pectoralis major' }))).toEqual(['Doorway chest stretch']);
    expect(filterExercises(library, { ...all, muscle: 'Pectoralis major', search: 'glute' })).toEqual([]);
  });

  it('offers each region and muscle once, sorted', () => {
    expect(regionsOf(library)).toEqual(['Low back and hip', 'Neck', 'Shoulder and chest']);
    expect(
      musclesOf([chinTucks, doorwayStretch, oldStretch, { ...chinTucks, targetMuscles: ['suboccipitals'] }]),
    ).toEqual(['Pectoralis major', 'Semispinalis capitis', 'Suboccipitals', 'Upper trapezius']);
  });

  it('counts what is shown and what the boxes leave out', () => {
    expect(countLabel(14, 14, 0)).toBe('14 exercises');
    expect(countLabel(1, 1, 0)).toBe('1 exercise');
    expect(countLabel(3, 12, 2)).toBe('3 of 12 exercises · 2 hidden or retired not shown');
  });
});
