import { describe, expect, it } from 'vitest';
import type { ViewId } from '../../../db/api/contract';
import { ARTWORK } from '../../chart/artwork';
import { figureSize, usedSymbols } from './figures';

type Placed = {
  kind: 'trigger_point' | 'satellite' | 'tender_point' | 'note_pin';
  activity: 'active' | 'latent' | null;
  viewId: ViewId;
};
const mark = (patch: Partial<Placed> = {}): Placed => ({
  kind: 'trigger_point',
  activity: 'active',
  viewId: 'posterior',
  ...patch,
});
const zone = (patch: { pattern?: 'essential' | 'spillover'; viewId?: ViewId } = {}) => ({
  pattern: 'essential' as const,
  viewId: 'posterior' as const,
  ...patch,
});

describe('usedSymbols', () => {
  it('lists only the symbols on the printed views, in the legend order', () => {
    const marks = [
      mark({ activity: 'latent' }),
      mark({ kind: 'satellite', activity: 'latent' }),
      mark({ kind: 'tender_point', activity: null, viewId: 'anterior' }),
    ];
    const zones = [zone({ pattern: 'spillover' })];
    expect(usedSymbols(marks, zones, ['posterior'])).toEqual(['latent', 'satellite', 'spillover']);
  });

  it('adds the caution zone when a printed view draws one', () => {
    expect(ARTWORK.anterior.caution.length).toBeGreaterThan(0);
    expect(usedSymbols([mark({ viewId: 'anterior' })], [], ['anterior'])).toEqual(['active', 'caution']);
  });
});

describe('figureSize', () => {
  it('keeps the view in proportion within the printed box', () => {
    for (const viewId of Object.keys(ARTWORK) as ViewId[]) {
      const { width, height } = figureSize(viewId, 330, 440);
      expect(width).toBeLessThanOrEqual(330);
      expect(height).toBeLessThanOrEqual(440);
      expect(width === 330 || height === 440).toBe(true);
      const view = ARTWORK[viewId];
      expect(width / height).toBeCloseTo(view.width / view.height, 1);
    }
  });
});
