/**
 * The browser's datetime-local fields speak local wall-clock time ("2026-11-21T09:30"); the API
 * stores ISO-8601 UTC. These convert between the two.
 */
import { format, isValid } from 'date-fns';

/** An ISO instant as the value of a datetime-local field, in the computer's own zone. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  return isValid(date) ? format(date, "yyyy-MM-dd'T'HH:mm") : '';
}

/** A datetime-local value as an ISO instant, or null when it is not a real date and time. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(value);
  return isValid(date) ? date.toISOString() : null;
}
