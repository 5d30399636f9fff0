import { describe, expect, it } from 'vitest';
import { ndiBand, ndiChange, scoreNdi, NDI_ITEMS } from './ndi';

describe('Neck Disability Index scoring', () => {
  it('has ten items of six answers each', () => {
    expect(NDI_ITEMS).toHaveLength(10);
    for (const item of NDI_ITEMS) expect(item.answers).toHaveLength(6);
  });

  it('adds up a complete questionnaire, out of 50 and as a percentage', () => {
    expect(scoreNdi([1, 2, 3, 0, 1, 2, 1, 0, 2, 1])).toEqual({ total: 13, percent: 26, band: 'mild', answered: 10 });
    expect(scoreNdi(Array(10).fill(5))).toMatchObject({ total: 50, percent: 100, band: 'complete' });
  });

  it('counts a missing answer as the mean of the answered ones', () => {
    // 9 answers summing 13: mean 1.444…, total 14.4.
    expect(scoreNdi([1, 2, 3, 0, 1, 2, 1, 0, 3, null])).toEqual({
      total: 14.4,
      percent: 28.8,
      band: 'mild',
      answered: 9,
    });
    expect(scoreNdi([2, 2, 2, 2, 2, 2, 2, 2, null, null])).toMatchObject({ total: 20, answered: 8 });
  });

  it('gives no score with three or more missing, or none answered', () => {
    expect(scoreNdi([1, 1, 1, 1, 1, 1, 1, null, null, null])).toBeNull();
    expect(scoreNdi(Array(10).fill(null))).toBeNull();
  });

  it('puts totals in their bands at the edges', () => {
    expect([0, 4, 4.9, 5, 14, 15, 24, 25, 34, 35, 50].map(ndiBand)).toEqual([
      'none',
      'none',
      'none',
      'mild',
      'mild',
      'moderate',
      'moderate',
      'severe',
      'severe',
      'complete',
      'complete',
    ]);
  });

  it('calls a change of 5 points or more meaningful, either way', () => {
    expect(ndiChange(20, 15)).toEqual({ delta: -5, meaningful: true });
    expect(ndiChange(20, 16)).toEqual({ delta: -4, meaningful: false });
    expect(ndiChange(10, 15.5)).toEqual({ delta: 5.5, meaningful: true });
  });
});
