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

/** Human labels for every input field the API accepts. */
export const fieldLabels: Record<string, string> = {
  id: 'Record id',
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
};

export function labelFor(path: readonly PropertyKey[]): string {
  const key = [...path].reverse().find((p): p is string => typeof p === 'string');
  if (key === undefined) return 'The request';
  return fieldLabels[key] ?? `The field "${key}"`;
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
};

/** Error map for `schema.safeParse(input, { error: plainErrorMap })`. */
export const plainErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${typeWords[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string')
        return issue.minimum === 1 ? 'is required' : `must be at least ${issue.minimum} characters`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      return `must be at most ${issue.maximum}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} Knotbook does not know: ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return 'is not in the expected format';
    case 'invalid_value':
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

/** All issues of a failed parse, as one message for the therapist. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map(describeIssue).join('. ') + '.';
}
