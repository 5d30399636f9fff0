/** Exercises for the tests of this folder (invented, in our own words). */
import type { Exercise } from '../../../db/api/contract';

let next = 1;

export function makeExercise(overrides: Partial<Exercise> = {}): Exercise {
  const n = next++;
  return {
    id: `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    name: `Exercise ${n}`,
    bodyRegion: 'Neck',
    targetMuscles: [],
    steps: [],
    cautions: '',
    illustration: null,
    holdSeconds: null,
    repetitions: null,
    sets: null,
    timesPerDay: null,
    builtIn: false,
    hidden: false,
    retiredAt: null,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

export const chinTucks = makeExercise({
  name: 'Chin tucks',
  bodyRegion: 'Neck',
  targetMuscles: ['Suboccipitals', 'Semispinalis capitis'],
  steps: ['Sit up tall and look straight ahead.', 'Slide your chin straight back, without nodding.'],
  cautions: 'Stop if your arms tingle.',
  illustration: 'chin-tuck',
  holdSeconds: 5,
  repetitions: 10,
  timesPerDay: 4,
  builtIn: true,
});

export const doorwayStretch = makeExercise({
  name: 'Doorway chest stretch',
  bodyRegion: 'Shoulder and chest',
  targetMuscles: ['Pectoralis major'],
  steps: ['Rest your forearms on the door frame.', 'Step through until you feel a stretch.'],
  illustration: 'doorway-pec-stretch',
  holdSeconds: 30,
  repetitions: 3,
  builtIn: true,
  hidden: true,
});

export const myGluteBall = makeExercise({
  name: 'Ball under the glute',
  bodyRegion: 'Low back and hip',
  targetMuscles: ['Gluteus medius', 'Gluteus maximus'],
  steps: ['Lie on the ball.'],
  holdSeconds: 60,
});

export const oldStretch = makeExercise({
  name: 'Old neck stretch',
  bodyRegion: 'neck',
  targetMuscles: ['Upper trapezius'],
  retiredAt: '2026-02-01T10:00:00.000Z',
});

export const library = [chinTucks, doorwayStretch, myGluteBall, oldStretch];
