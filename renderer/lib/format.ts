/**
 * Dates and names as the therapist reads them. Stored times are ISO-8601 UTC; everything
 * shown here is in the computer's own time zone.
 */
import { differenceInYears, format, isSameDay, isValid, parseISO, subDays } from 'date-fns';

interface Named {
  givenName: string;
  familyName: string;
}

/** "Smith, Ann" (or just "Ann" when there is no last name). */
export function listName({ givenName, familyName }: Named): string {
  return familyName ? `${familyName}, ${givenName}` : givenName;
}

/** "Ann Smith". */
export function fullName({ givenName, familyName }: Named): string {
  return familyName ? `${givenName} ${familyName}` : givenName;
}

/** A YYYY-MM-DD date (no time, no zone) as a local calendar day. */
function parseDay(day: string): Date | null {
  const date = parseISO(day);
  return isValid(date) ? date : null;
}

function parseInstant(iso: string): Date | null {
  const date = new Date(iso);
  return isValid(date) ? date : null;
}

/** "21 Mar 1984". */
export function formatDay(day: string | null): string {
  const date = day ? parseDay(day) : null;
  return date ? format(date, 'd MMM yyyy') : '—';
}

/** Whole years between a date of birth and now. */
export function ageOn(dateOfBirth: string, now: Date = new Date()): number | null {
  const date = parseDay(dateOfBirth);
  return date ? differenceInYears(now, date) : null;
}

/** "21 Mar 1984 (age 42)". */
export function formatBirthDate(dateOfBirth: string | null, now: Date = new Date()): string {
  if (!dateOfBirth) return '';
  const age = ageOn(dateOfBirth, now);
  return age === null ? formatDay(dateOfBirth) : `${formatDay(dateOfBirth)} (age ${age})`;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** "9:30 AM" or "09:30", following the computer's own clock setting. */
export function formatTime(iso: string): string {
  const date = parseInstant(iso);
  return date ? timeFormat.format(date) : '';
}

/** "Sat 21 Nov 2026, 9:30 AM". */
export function formatDateTime(iso: string): string {
  const date = parseInstant(iso);
  return date ? `${format(date, 'EEE d MMM yyyy')}, ${timeFormat.format(date)}` : '—';
}

/**
 * "Today", "Yesterday" or "12 Nov 2026"; "—" when there was no visit. Today and yesterday are
 * the local calendar days of `now` and the one before it (a later visit today shows its date).
 */
export function formatLastVisit(iso: string | null, now: Date = new Date()): string {
  const date = iso ? parseInstant(iso) : null;
  if (!date) return '—';
  if (date <= now && isSameDay(date, now)) return 'Today';
  if (isSameDay(date, subDays(now, 1))) return 'Yesterday';
  return format(date, 'd MMM yyyy');
}

/** "60 min", "90 min": sessions are booked in minutes. */
export function formatDuration(minutes: number): string {
  return `${minutes} min`;
}
