/**
 * Colours of the artwork, shared by the drawing and the legend. Muscle tints are light and
 * opaque (already blended toward the skin), so a deep muscle drawn over the sheet above it
 * simply covers it: what you see is what a hit test picks.
 */

export const SKIN_FILL = '#f3e3d8';
export const SKIN_STROKE = '#9b7b6b';
export const REGION_STROKE = '#8e6f62';
export const LINE_COLOR = '#8a6d60';
export const HOVER_FILL = '#ffe3a3';
export const HOVER_STROKE = '#8a5a00';
/** The caution zone (front of the neck): amber hatching, matching the chart legend. */
export const CAUTION_COLOR = '#b07d00';
export const CAUTION_FILL = 'rgba(245, 176, 0, 0.25)';

const MUSCLE_FILLS: Record<string, string> = {
  'Upper trapezius': '#f0c3b4',
  'Middle trapezius': '#f4d3c6',
  'Lower trapezius': '#eebcaa',
  'Levator scapulae': '#cfe1bd',
  Rhomboids: '#dbe8c9',
  'Sternocleidomastoid (sternal)': '#c6d7f0',
  'Sternocleidomastoid (clavicular)': '#b3c7e8',
  Scalenes: '#d9cdec',
  'Splenius capitis': '#f2dea2',
  'Splenius cervicis': '#f6e8c0',
  'Semispinalis capitis': '#e9d2b0',
  Suboccipitals: '#e8c6dd',
  Infraspinatus: '#bcdcda',
  'Teres major': '#d2e8e4',
  Deltoid: '#e0e3c2',
  'Latissimus dorsi': '#cfdeeb',
  'Erector spinae': '#e6dbb9',
  'Quadratus lumborum': '#f1c89b',
  'Gluteus medius': '#eac0d1',
  'Gluteus maximus': '#dfcbe3',
  'Pectoralis major': '#eec5cb',
  Temporalis: '#dfd8ec',
  Masseter: '#efd0bd',
};

const FALLBACK_FILL = '#e4d6cc';

/** The light tint a muscle region is filled with. */
export function muscleFill(muscle: string): string {
  return MUSCLE_FILLS[muscle] ?? FALLBACK_FILL;
}
