/**
 * The Neck Disability Index: ten questions about how neck pain affects daily life, each answered
 * 0 (no difficulty) to 5 (the most). Scored per the domain brief: total 0-50 (x2 for a
 * percentage); a missing answer counts as the mean of the answered ones; more than 2 missing and
 * there is no score. Bands: 0-4 none, 5-14 mild, 15-24 moderate, 25-34 severe, 35+ complete.
 * A change of 5 points is one that matters. Item wording is our own. Pure TypeScript.
 */

export const NDI_ITEMS = [
  {
    topic: 'Pain intensity',
    answers: [
      'I have no neck pain right now.',
      'The pain is very mild right now.',
      'The pain is moderate right now.',
      'The pain is fairly severe right now.',
      'The pain is very severe right now.',
      'The pain is the worst I can imagine right now.',
    ],
  },
  {
    topic: 'Looking after yourself',
    answers: [
      'I wash and dress as usual, without extra pain.',
      'I wash and dress as usual, but it hurts more.',
      'Washing and dressing hurt, and I go slowly and carefully.',
      'I need some help, but manage most of it myself.',
      'I need help every day with most of it.',
      'I cannot wash or dress myself and stay in bed.',
    ],
  },
  {
    topic: 'Lifting',
    answers: [
      'I can lift heavy things without extra pain.',
      'I can lift heavy things, but it hurts more.',
      'Pain stops me lifting heavy things from the floor, but I can if they are at a good height.',
      'Pain stops me lifting heavy things, but I manage light to medium ones at a good height.',
      'I can lift only very light things.',
      'I cannot lift or carry anything.',
    ],
  },
  {
    topic: 'Reading',
    answers: [
      'I can read as much as I like with no neck pain.',
      'I can read as much as I like with slight neck pain.',
      'I can read as much as I like with moderate neck pain.',
      'Moderate neck pain stops me reading as much as I would like.',
      'I can hardly read at all because of severe neck pain.',
      'I cannot read at all.',
    ],
  },
  {
    topic: 'Headaches',
    answers: [
      'I have no headaches.',
      'I have slight headaches now and then.',
      'I have moderate headaches now and then.',
      'I have moderate headaches often.',
      'I have severe headaches often.',
      'I have headaches almost all the time.',
    ],
  },
  {
    topic: 'Concentration',
    answers: [
      'I can concentrate fully whenever I want.',
      'I can concentrate fully with slight difficulty.',
      'Concentrating takes a fair amount of effort.',
      'Concentrating takes a lot of effort.',
      'Concentrating is very hard for me.',
      'I cannot concentrate at all.',
    ],
  },
  {
    topic: 'Work',
    answers: [
      'I can do as much work as I want.',
      'I can do my usual work, but no more.',
      'I can do most of my usual work, but no more.',
      'I cannot do my usual work.',
      'I can hardly do any work.',
      'I cannot do any work at all.',
    ],
  },
  {
    topic: 'Driving',
    answers: [
      'I can drive with no neck pain.',
      'I can drive as long as I want with slight neck pain.',
      'I can drive as long as I want with moderate neck pain.',
      'Moderate neck pain stops me driving as long as I want.',
      'I can hardly drive because of severe neck pain.',
      'I cannot drive at all.',
    ],
  },
  {
    topic: 'Sleeping',
    answers: [
      'My sleep is not disturbed.',
      'My sleep is slightly disturbed (under an hour awake).',
      'My sleep is mildly disturbed (1 to 2 hours awake).',
      'My sleep is moderately disturbed (2 to 3 hours awake).',
      'My sleep is badly disturbed (3 to 5 hours awake).',
      'My sleep is completely disturbed (5 to 7 hours awake).',
    ],
  },
  {
    topic: 'Recreation',
    answers: [
      'I can do all my usual leisure activities with no neck pain.',
      'I can do all my usual leisure activities with some neck pain.',
      'Neck pain stops me doing some of my usual leisure activities.',
      'Neck pain stops me doing most of my usual leisure activities.',
      'Neck pain leaves me hardly any leisure activities.',
      'I cannot do any leisure activities at all.',
    ],
  },
] as const;

export const NDI_ITEM_COUNT = NDI_ITEMS.length;
/** At most this many unanswered items still give a score. */
export const NDI_MAX_MISSING = 2;
/** A change this large (in points of 50) is one that matters. */
export const NDI_MEANINGFUL_CHANGE = 5;

/** One answer per item, 0-5, or null when not answered. */
export type NdiAnswers = (number | null)[];

export type NdiBand = 'none' | 'mild' | 'moderate' | 'severe' | 'complete';

export interface NdiScore {
  /** 0-50, to one decimal when missing answers were filled by the mean. */
  total: number;
  percent: number;
  band: NdiBand;
  answered: number;
}

export function ndiBand(total: number): NdiBand {
  if (total < 5) return 'none';
  if (total < 15) return 'mild';
  if (total < 25) return 'moderate';
  if (total < 35) return 'severe';
  return 'complete';
}

export const NDI_BAND_WORDS: Record<NdiBand, string> = {
  none: 'no disability',
  mild: 'mild disability',
  moderate: 'moderate disability',
  severe: 'severe disability',
  complete: 'complete disability',
};

/**
 * The score of a set of answers, or null when more than 2 items are unanswered (too few answers
 * to score) or nothing was answered.
 */
export function scoreNdi(answers: NdiAnswers): NdiScore | null {
  const given = answers.slice(0, NDI_ITEM_COUNT).filter((a): a is number => a !== null && a !== undefined);
  const missing = NDI_ITEM_COUNT - given.length;
  if (given.length === 0 || missing > NDI_MAX_MISSING) return null;
  const sum = given.reduce((a, b) => a + b, 0);
  const mean = sum / given.length;
  const total = Math.round((sum + missing * mean) * 10) / 10;
  return { total, percent: Math.round(total * 2 * 10) / 10, band: ndiBand(total), answered: given.length };
}

/** A change in NDI total between two visits: how much, and whether it is one that matters. */
export function ndiChange(first: number, latest: number): { delta: number; meaningful: boolean } {
  const delta = Math.round((latest - first) * 10) / 10;
  return { delta, meaningful: Math.abs(delta) >= NDI_MEANINGFUL_CHANGE };
}
