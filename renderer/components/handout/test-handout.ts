/** A handout as the API gives it, for the tests: two points on the back, two exercises. */
import type { HandoutContent } from '../../../db/api/contract';

type Point = HandoutContent['points'][number];

export function handoutPoint(patch: Partial<Point> = {}): Point {
  return {
    markId: '01960000-0000-7000-8000-000000000010',
    kind: 'trigger_point',
    activity: 'active',
    viewId: 'posterior',
    artworkVersion: 1,
    x: 0.42,
    y: 0.2,
    muscle: 'Upper trapezius',
    side: 'right',
    holdSeconds: 30,
    timesPerDay: 3,
    ...patch,
  };
}

export const handoutContent: HandoutContent = {
  version: 1,
  paperSize: 'letter',
  practice: {
    name: 'Harbour Massage',
    address: '12 Quay St\nPortside',
    phone: '555 0100',
    email: 'hello@harbour.test',
  },
  practitioner: { name: 'Jo Park', credentials: 'RMT' },
  clientName: '<img src=x onerror=alert(1)>',
  sessionStartedAt: '2026-11-21T09:30:00Z',
  givenAt: '2026-11-21T10:40:00Z',
  exercises: [
    {
      name: 'Chin tuck',
      illustration: 'chin-tuck',
      targetMuscles: ['Suboccipitals'],
      steps: ['Sit tall with your eyes level.', 'Draw your chin straight back.'],
      cautions: 'Stop if you feel tingling in your arms.',
      holdSeconds: 5,
      repetitions: 10,
      sets: null,
      timesPerDay: 3,
      note: 'Do these at your desk.',
    },
    {
      name: 'Walk break',
      illustration: null,
      targetMuscles: [],
      steps: [],
      cautions: '',
      holdSeconds: null,
      repetitions: null,
      sets: null,
      timesPerDay: 8,
      note: '',
    },
  ],
  points: [
    handoutPoint(),
    handoutPoint({
      markId: '01960000-0000-7000-8000-000000000011',
      activity: 'latent',
      x: 0.58,
      muscle: 'Levator scapulae',
      side: 'left',
      holdSeconds: 90,
      timesPerDay: 2,
    }),
  ],
  note: 'Heat before the stretches helps.',
  nextVisitAt: '2026-12-05T15:00:00Z',
  pointCaution: 'Press firmly but never past about 7 out of 10.',
  redFlags: ['Numbness, tingling or weakness in your arms', 'Pain after a fall or accident'],
};
