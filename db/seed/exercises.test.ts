/**
 * The built-in exercises: each has a fixed, valid id and its own drawing, names its muscles the
 * way the body chart does (so a charted muscle finds its exercises), and gives a client enough
 * to follow at home: steps, a caution and a dose the API accepts.
 */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { exerciseFieldsSchema, ILLUSTRATION_IDS } from '../api/home-care';
import { BUILT_IN_EXERCISES } from './exercises';

/** The muscle names of the body chart (renderer/chart/artwork), written out: db/ may not import the renderer. */
const CHART_MUSCLES = [
  'Pectoralis major',
  'Deltoid',
  'Upper trapezius',
  'Scalenes',
  'Sternocleidomastoid (clavicular)',
  'Sternocleidomastoid (sternal)',
  'Latissimus dorsi',
  'Gluteus maximus',
  'Erector spinae',
  'Infraspinatus',
  'Lower trapezius',
  'Rhomboids',
  'Middle trapezius',
  'Quadratus lumborum',
  'Gluteus medius',
  'Splenius capitis',
  'Semispinalis capitis',
  'Teres major',
  'Levator scapulae',
  'Suboccipitals',
  'Splenius cervicis',
  'Temporalis',
  'Masseter',
];

const BODY_REGIONS = ['Neck', 'Head and neck', 'Shoulders', 'Upper back', 'Chest', 'Low back', 'Hips', 'Whole body'];
const NECK_AND_SHOULDERS = ['Neck', 'Head and neck', 'Shoulders', 'Upper back'];

describe('the built-in exercises', () => {
  it('have unique ids that are valid UUIDs, and unique names', () => {
    const ids = BUILT_IN_EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(z.uuid().safeParse(id).success, id).toBe(true);
    const names = BUILT_IN_EXERCISES.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('use each of the drawings exactly once', () => {
    expect(BUILT_IN_EXERCISES.map((e) => e.illustration).sort()).toEqual([...ILLUSTRATION_IDS].sort());
  });

  it('name their muscles exactly as the body chart does, and a body region from the list', () => {
    for (const exercise of BUILT_IN_EXERCISES) {
      expect(exercise.targetMuscles.length, exercise.name).toBeGreaterThan(0);
      for (const muscle of exercise.targetMuscles) expect(CHART_MUSCLES, exercise.name).toContain(muscle);
      expect(BODY_REGIONS, exercise.name).toContain(exercise.bodyRegion);
    }
  });

  it('give at least 3 steps and a caution', () => {
    for (const exercise of BUILT_IN_EXERCISES) {
      expect(exercise.steps.length, exercise.name).toBeGreaterThanOrEqual(3);
      expect(exercise.steps.length, exercise.name).toBeLessThanOrEqual(6);
      for (const step of exercise.steps) expect(step.trim(), exercise.name).not.toBe('');
      expect(exercise.cautions.trim(), exercise.name).not.toBe('');
    }
  });

  it('give a dose', () => {
    for (const e of BUILT_IN_EXERCISES) {
      expect(
        [e.holdSeconds, e.repetitions, e.sets, e.timesPerDay].some((n) => n !== null),
        e.name,
      ).toBe(true);
    }
  });

  it('offer at least 3 neck and shoulder exercises each for the upper trapezius and levator scapulae', () => {
    for (const muscle of ['Upper trapezius', 'Levator scapulae']) {
      const matching = BUILT_IN_EXERCISES.filter(
        (e) => NECK_AND_SHOULDERS.includes(e.bodyRegion) && e.targetMuscles.includes(muscle),
      );
      expect(matching.length, muscle).toBeGreaterThanOrEqual(3);
    }
  });

  it('tell the client never to press on the front of the neck wherever they work near it', () => {
    for (const illustration of ['suboccipital-press', 'scalene-stretch', 'trap-pincer']) {
      const exercise = BUILT_IN_EXERCISES.find((e) => e.illustration === illustration);
      expect(exercise?.cautions, illustration).toMatch(/front of (your|the) neck/);
    }
  });

  it('pass the API’s own exercise validation unchanged', () => {
    for (const { id, ...fields } of BUILT_IN_EXERCISES) {
      const parsed = exerciseFieldsSchema.safeParse(fields);
      expect(parsed.success, `${id} ${fields.name}: ${parsed.error?.message ?? ''}`).toBe(true);
      expect(parsed.data).toEqual(fields);
    }
  });
});
