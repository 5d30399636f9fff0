/**
 * Typed values of the session record: whole numbers in a range, the appointment's start, and
 * the pain change. Pure functions, tested in values.test.ts.
 */
import { MEANINGFUL_PAIN_CHANGE, painBand } from '../../../db/api/clinical';

export type Parsed = { ok: true; value: number | null } | { ok: false; message: string };

/**
 * A whole number from `min` to `max`, as typed. Empty is "not recorded" (null) unless the
 * field is required.
 */
export function parseWhole(text: string, min: number, max: number, required = false): Parsed {
  const trimmed = text.trim();
  const range = `Enter a whole number from ${min} to ${max}.`;
  if (trimmed === '') return required ? { ok: false, message: range } : { ok: true, value: null };
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: `Use digits only. ${range}` };
  const value = Number(trimmed);
  if (value < min || value > max) return { ok: false, message: range };
  return { ok: true, value };
}

/**
 * A datetime-local value (local time) as an ISO UTC time for the appointment's start; null while
 * it is not a real date and time. Stricter than lib/datetime's fromLocalInput: no 30 February,
 * and no year typed halfway (0002 on the way to 2026).
 */
export function parseAppointmentStart(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (year < 1900 || year > 2200) return null;
  const d = new Date(year, month - 1, day, hour, minute);
  if (d.getMonth() !== month - 1 || d.getDate() !== day) return null;
  return d.toISOString();
}

export const bandWords = { none: 'no pain', mild: 'mild', moderate: 'moderate', severe: 'severe' } as const;

/** "mild", "severe"…; empty when not recorded. */
export function painWords(score: number | null): string {
  return score === null ? '' : bandWords[painBand(score)];
}

export interface PainChange {
  /** After minus before: negative is less pain. */
  change: number;
  /** A change of 2 or more points: one the client can feel. */
  noticeable: boolean;
  text: string;
}

/** The change from before to after treatment; null until both are recorded. */
export function painChange(before: number | null, after: number | null): PainChange | null {
  if (before === null || after === null) return null;
  const change = after - before;
  const noticeable = Math.abs(change) >= MEANINGFUL_PAIN_CHANGE;
  const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;
  let text: string;
  if (change === 0) text = 'No change';
  else if (change < 0) text = `${points(-change)} lower`;
  else text = `${points(change)} higher`;
  if (noticeable) text += ': a change the client can feel';
  return { change, noticeable, text };
}
