import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../../db/api/contract';
import { makeExercise } from '../exercises/test-exercise';
import { matchesExercise, suggestExercises } from './suggest';

const exercise = (name: string, targetMuscles: string[], extra: Partial<Exercise> = {}): Exercise =>
  makeExercise({ id: name, name, bodyRegion: 'Neck', targetMuscles, builtIn: true, ...extra });

describe('suggested exercises', () => {
  const library = [
    exercise('Side bend', ['Upper trapezius']),
    exercise('Hip ball', ['Gluteus medius']),
    exercise('Levator stretch', ['Levator scapulae', 'Upper trapezius']),
    exercise('Chin tucks', ['Suboccipitals']),
    exercise('Old one', ['Upper trapezius'], { retiredAt: '2026-01-01T00:00:00Z' }),
    exercise('Hidden one', ['Upper trapezius'], { hidden: true }),
  ];

  it('puts exercises for the charted muscles first, the best match first, and leaves out retired and hidden ones', () => {
    const { suggested, others } = suggestExercises(library, ['upper trapezius', 'Levator scapulae']);
    expect(suggested.map((e) => e.name)).toEqual(['Levator stretch', 'Side bend']);
    expect(others.map((e) => e.name)).toEqual(['Chin tucks', 'Hip ball']);
  });

  it('suggests nothing when nothing is charted', () => {
    expect(suggestExercises(library, []).suggested).toEqual([]);
  });

  it('finds exercises by name, region or muscle', () => {
    expect(library.filter((e) => matchesExercise(e, 'glute')).map((e) => e.name)).toEqual(['Hip ball']);
    expect(library.filter((e) => matchesExercise(e, 'NECK'))).toHaveLength(library.length);
  });
});
