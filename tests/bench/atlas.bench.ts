/**
 * The atlas's symptom search in Node: `rankMuscles` over the whole atlas for every named place
 * (19 on each side) and for painted strokes as a pen makes them (a closed loop of 300 points, a
 * tenth to a third of the view across, on every view), each ranked RUNS times. What the
 * therapist waits for between lifting the pen and seeing the list, before React draws it.
 */
import { VIEW_IDS } from '../../db/api/chart-schema';
import { getView } from '../../renderer/chart/artwork';
import { ATLAS, PAIN_PLACES } from '../../renderer/chart/atlas';
import { rankMuscles, type PaintedArea } from '../../renderer/chart/atlas/rank';

const RUNS = 20;
const WARMUP = 3;
const STROKE_POINTS = 300;

export interface AtlasBenchResult {
  places: number;
  strokes: number;
  placeMs: number[];
  strokeMs: number[];
}

/** A wobbly closed loop, like a hand-painted area: centre and size vary with `k`. */
function stroke(viewId: (typeof VIEW_IDS)[number], k: number): PaintedArea {
  const cx = 0.35 + 0.3 * ((k * 0.37) % 1);
  const cy = 0.2 + 0.5 * ((k * 0.61) % 1);
  const r = 0.05 + 0.12 * ((k * 0.23) % 1);
  const points: [number, number][] = [];
  for (let i = 0; i < STROKE_POINTS; i++) {
    const a = (2 * Math.PI * i) / STROKE_POINTS;
    const wobble = 1 + 0.15 * Math.sin(7 * a + k);
    points.push([cx + r * wobble * Math.cos(a), cy + r * wobble * Math.sin(a)]);
  }
  return { kind: 'polygon', viewId, points };
}

function time(area: PaintedArea): number {
  const view = getView(area.viewId as (typeof VIEW_IDS)[number]);
  const start = performance.now();
  rankMuscles(area, ATLAS, { aspect: view.height / view.width });
  return performance.now() - start;
}

export function runAtlasBench(): AtlasBenchResult {
  const places: PaintedArea[] = PAIN_PLACES.map((p) => ({ kind: 'polygon', viewId: p.viewId, points: p.polygon }));
  const strokes = VIEW_IDS.flatMap((viewId) => [0, 1, 2, 3].map((k) => stroke(viewId, k)));
  for (let i = 0; i < WARMUP; i++) [...places, ...strokes].forEach(time);
  const placeMs: number[] = [];
  const strokeMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const area of places) placeMs.push(time(area));
    for (const area of strokes) strokeMs.push(time(area));
  }
  return { places: places.length, strokes: strokes.length, placeMs, strokeMs };
}
