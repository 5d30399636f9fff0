/**
 * Undo and redo stacks of steps. A step lists every record one command changed, with its state
 * before and after. Consecutive commands with the same merge key (typing digits in one field,
 * arrow-key nudges of one mark) within the merge window become one step.
 */
import type { Change, Step } from './types';

export const MERGE_WINDOW_MS = 1000;

/** `next` folded into `step`: the first `before` of each record is kept, the latest `after` wins. */
function mergeSteps(step: Step, next: Step): Step {
  const merged = [...step];
  for (const change of next) {
    const i = merged.findIndex((c) => c.type === change.type && c.id === change.id);
    const earlier = merged[i];
    if (earlier === undefined) merged.push(change);
    else merged[i] = { ...earlier, after: change.after } as Change;
  }
  return merged;
}

export class History {
  private readonly undoStack: Step[] = [];
  private readonly redoStack: Step[] = [];
  /** The merge key and time of the last step pushed, while it may still absorb the next one. */
  private last: { key: string; at: number } | null = null;

  constructor(private readonly now: () => number) {}

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** Records a finished command; a new command clears the redo stack. */
  push(step: Step, mergeKey?: string): void {
    this.redoStack.length = 0;
    const at = this.now();
    const top = this.undoStack.at(-1);
    const merge = mergeKey !== undefined && top && this.last?.key === mergeKey && at - this.last.at <= MERGE_WINDOW_MS;
    if (merge) this.undoStack[this.undoStack.length - 1] = mergeSteps(top, step);
    else this.undoStack.push(step);
    this.last = mergeKey === undefined ? null : { key: mergeKey, at };
  }

  /** The step to undo (moved to the redo stack), if any. */
  takeUndo(): Step | undefined {
    this.last = null;
    const step = this.undoStack.pop();
    if (step) this.redoStack.push(step);
    return step;
  }

  /** The step to redo (moved back to the undo stack), if any. */
  takeRedo(): Step | undefined {
    this.last = null;
    const step = this.redoStack.pop();
    if (step) this.undoStack.push(step);
    return step;
  }
}
