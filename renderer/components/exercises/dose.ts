/**
 * A dose in the words a client reads: "Hold 30 s · 3 times · 2 sets · 3 a day". Used by the
 * exercise library and the home-care handout. Any of the four numbers may be missing; a missing
 * number, or zero, is left out, and no dose at all reads as ''.
 */

export interface DoseNumbers {
  holdSeconds?: number | null;
  repetitions?: number | null;
  sets?: number | null;
  timesPerDay?: number | null;
}

const SEPARATOR = ' · ';

function given(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/** 45 → "45 s", 120 → "2 min", 90 → "1 min 30 s". */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

function times(count: number): string {
  return count === 1 ? 'once' : `${count} times`;
}

function perDay(count: number): string {
  if (count === 1) return 'once a day';
  if (count === 2) return 'twice a day';
  return `${count} a day`;
}

export function formatDose(dose: DoseNumbers | null | undefined): string {
  if (!dose) return '';
  const parts: string[] = [];
  if (given(dose.holdSeconds)) parts.push(`hold ${formatSeconds(dose.holdSeconds)}`);
  if (given(dose.repetitions)) parts.push(times(dose.repetitions));
  if (given(dose.sets)) parts.push(dose.sets === 1 ? '1 set' : `${dose.sets} sets`);
  if (given(dose.timesPerDay)) parts.push(perDay(dose.timesPerDay));
  const text = parts.join(SEPARATOR);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
