/**
 * Plain-words validation messages, shared by the API boundary and the renderer's forms.
 *
 * Schema messages are written as predicates ("is required", "must be a real date") and are
 * always shown after the field's label, so the therapist reads "First name is required".
 * Zod's own defaults (which only appear when a caller sends the wrong type) are rewritten
 * into the same style by `plainErrorMap`, passed at parse time.
 *
 * Pure TypeScript and zod only: the renderer imports this file.
 */
import type { z } from 'zod';
import { RED_FLAG_SHORT } from './clinical';

/** Human labels for every input field the API accepts. */
export const fieldLabels: Record<string, string> = {
  id: 'Record id',
  referral: 'Referral patterns',
  atlasVersion: 'Atlas version',
  polygon: 'Referral zone outline',
  label: 'Referral zone name',
  clientId: 'Client',
  givenName: 'First name',
  familyName: 'Last name',
  dateOfBirth: 'Date of birth',
  phone: 'Phone',
  email: 'Email',
  address: 'Address',
  healthHistory: 'Health history',
  contraindications: 'Contraindications',
  includeArchived: 'Show archived',
  startedAt: 'Start time',
  durationMinutes: 'Duration',
  sessionId: 'Session',
  markId: 'Trigger point',
  parentMarkId: 'Primary trigger point',
  kind: 'Kind of mark',
  activity: 'Active or latent',
  viewId: 'Chart view',
  artworkVersion: 'Artwork version',
  x: 'Position',
  y: 'Position',
  muscle: 'Muscle',
  side: 'Side',
  pressure: 'Pressure',
  pressureKgCm2: 'Algometer pressure',
  holdSeconds: 'Hold time',
  repetitions: 'Repetitions',
  technique: 'Technique',
  tenderness: 'Tenderness before',
  tendernessAfter: 'Tenderness after',
  jumpSign: 'Jump sign',
  twitchResponse: 'Local twitch response',
  referredPainReproduced: 'Referred pain reproduced',
  referredPainWhere: 'Where the pain was referred',
  release: 'Release',
  note: 'Note',
  points: 'Zone outline',
  pattern: 'Essential or spillover',
  shape: 'Zone shape',
  baseVersion: 'Version',
  pptKgCm2: 'Pressure pain threshold',
  siteId: 'Site',
  subjective: 'Subjective',
  objective: 'Objective',
  assessment: 'Assessment',
  plan: 'Plan',
  painBefore: 'Pain before treatment',
  painAfter: 'Pain after treatment',
  rom: 'Range of motion',
  flexion: 'Flexion',
  extension: 'Extension',
  lateralFlexionLeft: 'Lateral flexion, left',
  lateralFlexionRight: 'Lateral flexion, right',
  rotationLeft: 'Rotation, left',
  rotationRight: 'Rotation, right',
  redFlags: 'Red-flag screen',
  perpetuatingFactors: 'Perpetuating factors',
  reason: 'Reason',
  body: 'Amendment',
  resolved: 'Resolved',
  practitioner: 'Practitioner',
  practice: 'Practice',
  name: 'Name',
  credentials: 'Credentials',
  registration: 'Registration number',
  quickPhrases: 'Quick phrases',
  trigger: 'Short name',
  text: 'Phrase',
  paperSize: 'Paper size',
  status: 'Status',
  signedBy: 'Signed by',
  signedAt: 'Signed at',
  deleted: 'Deleted',
  referralAlertAt: 'Referral alert',
  bodyRegion: 'Body region',
  targetMuscles: 'Target muscles',
  steps: 'Steps',
  cautions: 'Cautions',
  illustration: 'Illustration',
  sets: 'Sets',
  timesPerDay: 'Times a day',
  items: 'Exercises',
  nextVisitAt: 'Next appointment',
  exerciseId: 'Exercise',
  hidden: 'Hidden',
  format: 'Format',
  fileName: 'File name',
  ndi: 'Neck Disability Index',
  query: 'Search',
  limit: 'Number of results',
  marks: 'Chart points',
  zones: 'Referral zones',
  record: 'Chart record',
  includeHidden: 'Show hidden',
  includeRetired: 'Show retired',
  passphrase: 'Passphrase',
  currentPassphrase: 'Current passphrase',
  idleMinutes: 'Lock after',
  handoutId: 'Home-care sheet',
  settings: 'Settings that differ',
  // The red-flag questions, by their short names: "Red flag “pain after a fall…” must be yes or no".
  ...Object.fromEntries(Object.entries(RED_FLAG_SHORT).map(([id, short]) => [id, `Red flag “${short}”`])),
};

/**
 * Labels that depend on where a field sits (the nearest named parent, '' for the top level):
 * the points of a home-care plan are points to press, a zone's points its outline.
 */
const labelsInContext: Record<string, string> = {
  '.points': 'Points to press',
  'record.points': 'Zone outline',
  'practitioner.name': 'Practitioner’s name',
  'practice.name': 'Practice name',
  '.name': 'Name',
  'quickPhrases.text': 'Phrase',
  '.text': 'File',
};

/** A field name as written by a caller we do not know: short, and only plain characters. */
function shownName(key: string): string {
  const plain = key.replace(/[^\p{L}\p{N}_.-]/gu, '?');
  return plain.length > 40 ? `${plain.slice(0, 40)}…` : plain;
}

export function labelFor(path: readonly PropertyKey[]): string {
  const names = path.filter((p): p is string => typeof p === 'string');
  const key = names.at(-1);
  if (key === undefined) return 'The request';
  const parent = names.at(-2) ?? '';
  return labelsInContext[`${parent}.${key}`] ?? fieldLabels[key] ?? `The field "${shownName(key)}"`;
}

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a set of fields',
  date: 'a date',
  null: 'empty',
  record: 'a set of answers',
  tuple: 'a pair of numbers',
  bigint: 'a number',
  nan: 'a number',
};

/** How many unknown field names a message lists before "and N more". */
const KEYS_SHOWN = 3;
/** How many problems one message describes before "and N more". */
const ISSUES_SHOWN = 3;

/** Error map for `schema.safeParse(input, { error: plainErrorMap })`. */
export const plainErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${typeWords[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string')
        return issue.minimum === 1 ? 'is required' : `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `needs at least ${issue.minimum}`;
      // zod's own bound for whole numbers: the field's own limit (if any) is said beside it.
      if (Number(issue.minimum) <= Number.MIN_SAFE_INTEGER) return 'is too small';
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `can have at most ${issue.maximum}`;
      if (Number(issue.maximum) >= Number.MAX_SAFE_INTEGER) return 'is too large';
      return `must be at most ${issue.maximum}`;
    case 'unrecognized_keys': {
      const shown = issue.keys.slice(0, KEYS_SHOWN).map(shownName).join(', ');
      const more = issue.keys.length > KEYS_SHOWN ? ` and ${issue.keys.length - KEYS_SHOWN} more` : '';
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} Knotbook does not know: ${shown}${more}`;
    }
    case 'invalid_format':
      return 'is not in the expected format';
    case 'invalid_value':
      // A long list of choices is no help in a sentence: the form offers them.
      if (issue.values.length > 6) return `must be one of the ${issue.values.length} choices Knotbook offers`;
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    default:
      return undefined;
  }
};

/** One issue as a sentence that names the field: "Date of birth must be a real date". */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `The request ${issue.message}`;
  return `${labelFor(issue.path)} ${issue.message}`;
}

const isBoundOfType = (issue: z.core.$ZodIssue) => issue.message === 'is too large' || issue.message === 'is too small';

/**
 * All issues of a failed parse, as one short message for the therapist: each sentence once, a
 * type's own bound left out when the field's limit is said too, at most three problems.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const samePath = (a: z.core.$ZodIssue, b: z.core.$ZodIssue) => a.path.join('.') === b.path.join('.');
  const kept = issues.filter(
    (issue) => !isBoundOfType(issue) || !issues.some((o) => o !== issue && samePath(o, issue)),
  );
  const sentences = [...new Set(kept.map(describeIssue))];
  const shown = sentences.slice(0, ISSUES_SHOWN);
  const more = sentences.length - shown.length;
  return `${shown.join('. ')}.${more > 0 ? ` And ${more} more ${more === 1 ? 'problem' : 'problems'}.` : ''}`;
}
