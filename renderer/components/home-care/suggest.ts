/**
 * Which exercises to offer first: those for the muscles charted in this session (most matching
 * muscles first), then the rest by name. Muscle names match case-insensitively.
 */
import type { Exercise } from '../../../db/api/contract';

export interface Suggestions {
  /** For the charted muscles, best match first. */
  suggested: Exercise[];
  others: Exercise[];
}

export function suggestExercises(exercises: readonly Exercise[], chartedMuscles: readonly string[]): Suggestions {
  const charted = new Set(chartedMuscles.map((m) => m.toLowerCase()));
  const matches = (e: Exercise) => e.targetMuscles.filter((m) => charted.has(m.toLowerCase())).length;
  const byName = (a: Exercise, b: Exercise) => a.name.localeCompare(b.name);
  const usable = exercises.filter((e) => !e.retiredAt && !e.hidden);
  return {
    suggested: usable.filter((e) => matches(e) > 0).sort((a, b) => matches(b) - matches(a) || byName(a, b)),
    others: usable.filter((e) => matches(e) === 0).sort(byName),
  };
}

/** Search by name, region or muscle. */
export function matchesExercise(e: Exercise, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  return [e.name, e.bodyRegion, ...e.targetMuscles].some((text) => text.toLowerCase().includes(q));
}
