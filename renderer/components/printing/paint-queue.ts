/**
 * Paints a printed page's chart pictures one per frame, so a note or handout with several views
 * never holds the page for long; `flush()` paints whatever is left at once (before printing or exporting).
 * Each job runs once: a picture is painted when the data is loaded, not on every render.
 */

export interface FrameScheduler {
  request: (run: () => void) => number;
  cancel: (handle: number) => void;
}

const animationFrames: FrameScheduler = {
  request: (run) => requestAnimationFrame(run),
  cancel: (handle) => cancelAnimationFrame(handle),
};

export class PaintQueue {
  private readonly jobs = new Map<string, () => void>();
  private handle: number | null = null;
  private readonly idle = new Set<() => void>();

  constructor(private readonly frames: FrameScheduler = animationFrames) {}

  /** Queues `job` under `key` (a job already waiting under that key is replaced). */
  add(key: string, job: () => void): void {
    this.jobs.set(key, job);
    this.handle ??= this.frames.request(this.step);
  }

  remove(key: string): void {
    this.jobs.delete(key);
  }

  get pending(): number {
    return this.jobs.size;
  }

  /** Runs `listener` whenever the queue runs dry; returns the unsubscribe function. */
  onIdle(listener: () => void): () => void {
    this.idle.add(listener);
    return () => this.idle.delete(listener);
  }

  /** Runs every waiting job now. */
  flush(): void {
    if (this.handle !== null) this.frames.cancel(this.handle);
    this.handle = null;
    const had = this.jobs.size > 0;
    while (this.jobs.size > 0) this.runNext();
    if (had) this.notifyIdle();
  }

  dispose(): void {
    if (this.handle !== null) this.frames.cancel(this.handle);
    this.handle = null;
    this.jobs.clear();
  }

  private readonly step = (): void => {
    this.handle = null;
    this.runNext();
    if (this.jobs.size > 0) this.handle = this.frames.request(this.step);
    else this.notifyIdle();
  };

  private runNext(): void {
    const next = this.jobs.entries().next();
    if (next.done) return;
    const [key, job] = next.value;
    this.jobs.delete(key);
    try {
      job();
    } catch (error) {
      // One picture that fails to paint must not stop the others; the error still surfaces.
      queueMicrotask(() => {
        throw error;
      });
    }
  }

  private notifyIdle(): void {
    for (const listener of this.idle) listener();
  }
}
