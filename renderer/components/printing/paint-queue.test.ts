import { describe, expect, it } from 'vitest';
import { PaintQueue, type FrameScheduler } from './paint-queue';

/** Frames that run only when the test says so. */
function manualFrames() {
  const waiting = new Map<number, () => void>();
  let next = 1;
  const scheduler: FrameScheduler = {
    request: (run) => {
      waiting.set(next, run);
      return next++;
    },
    cancel: (handle) => void waiting.delete(handle),
  };
  const frame = () => {
    const runs = [...waiting.values()];
    waiting.clear();
    for (const run of runs) run();
  };
  return {
    scheduler,
    frame,
    get scheduled() {
      return waiting.size;
    },
  };
}

describe('PaintQueue', () => {
  it('paints one picture per frame, each once', () => {
    const frames = manualFrames();
    const queue = new PaintQueue(frames.scheduler);
    const painted: string[] = [];
    queue.add('front', () => painted.push('front'));
    queue.add('back', () => painted.push('back'));
    queue.add('front', () => painted.push('front again'));
    expect(painted).toEqual([]);
    frames.frame();
    expect(painted).toEqual(['front again']);
    frames.frame();
    expect(painted).toEqual(['front again', 'back']);
    frames.frame();
    expect(painted).toEqual(['front again', 'back']);
    expect(frames.scheduled).toBe(0);
  });

  it('paints everything left at once before printing, and says when it is done', () => {
    const frames = manualFrames();
    const queue = new PaintQueue(frames.scheduler);
    const painted: string[] = [];
    let idle = 0;
    queue.onIdle(() => idle++);
    for (const view of ['front', 'back', 'left']) queue.add(view, () => painted.push(view));
    frames.frame();
    queue.flush();
    expect(painted).toEqual(['front', 'back', 'left']);
    expect(queue.pending).toBe(0);
    expect(frames.scheduled).toBe(0);
    expect(idle).toBe(1);
    queue.flush(); // nothing left: nothing happens
    expect(idle).toBe(1);
  });

  it('forgets a picture that left the page', () => {
    const frames = manualFrames();
    const queue = new PaintQueue(frames.scheduler);
    const painted: string[] = [];
    queue.add('front', () => painted.push('front'));
    queue.remove('front');
    frames.frame();
    queue.dispose();
    expect(painted).toEqual([]);
  });
});
