/** What the library says after an action, in a status line. */
import type { Exercise } from '../../../db/api/contract';

export function hiddenNotice(exercise: Pick<Exercise, 'name' | 'hidden'>, showingHidden: boolean): string {
  if (!exercise.hidden) return `“${exercise.name}” is offered again when you build a plan.`;
  const where = showingHidden ? '' : ' Tick Show hidden to see it in the list.';
  return `“${exercise.name}” is hidden: it is no longer offered when you build a plan.${where}`;
}

export function retiredNotice(exercise: Pick<Exercise, 'name'>): string {
  return `“${exercise.name}” is retired. Plans and handouts that include it keep it.`;
}

export function savedNotice(exercise: Pick<Exercise, 'name'>, isNew: boolean): string {
  return isNew ? `“${exercise.name}” added to your exercises.` : `Changes to “${exercise.name}” saved.`;
}

/** A copy was made and its form left without saving: the copy is there all the same. */
export function copiedNotice(copy: Pick<Exercise, 'name'>): string {
  return `“${copy.name}” is your own copy: edit it whenever you like.`;
}
