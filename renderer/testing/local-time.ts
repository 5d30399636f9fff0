/**
 * Test support: instants built from a local wall-clock time. A fixture that means "3 Oct 2026 at
 * noon where the therapist is" must read as 3 Oct in every time zone the tests run in; a UTC
 * instant such as '2026-10-03T12:00:00Z' is already 4 Oct in UTC+14 and still 2 Oct in UTC-12.
 */

/** The ISO-8601 UTC instant of a local date and time (month 1-12, as written on a calendar). */
export function localIso(year: number, month: number, day: number, hour = 12, minute = 0): string {
  return new Date(year, month - 1, day, hour, minute).toISOString();
}
