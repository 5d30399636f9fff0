import { describe, expect, it } from 'vitest';
import { UNRECORDED_FINDINGS, type CarriedPoint, type ChartMark, type Versioned } from '../../../db/api/contract';
import { localIso } from '../../testing/local-time';
import { summarizeChart } from './chart-summary';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function mark(n: number, fields: Partial<ChartMark> = {}): Versioned<ChartMark> {
  return {
    id: uuid(n),
    kind: 'trigger_point',
    activity: 'active',
    viewId: 'posterior',
    artworkVersion: 1,
    x: 0.4,
    y: 0.2,
    muscle: 'Upper trapezius',
    side: 'left',
    parentMarkId: null,
    siteId: uuid(100 + n),
    ...UNRECORDED_FINDINGS,
    deleted: false,
    version: 1,
    ...fields,
  };
}

function carried(n: number, fields: Partial<CarriedPoint> = {}): CarriedPoint {
  return {
    siteId: uuid(100 + n),
    fromMarkId: uuid(200 + n),
    fromSessionId: uuid(300),
    fromStartedAt: localIso(2026, 11, 14, 23, 30), // late in the evening, local time
    fromParentMarkId: null,
    kind: 'trigger_point',
    activity: 'active',
    viewId: 'posterior',
    artworkVersion: 1,
    x: 0.4,
    y: 0.2,
    muscle: 'Upper trapezius',
    side: 'left',
    tenderness: null,
    tendernessAfter: null,
    pptKgCm2: null,
    resolvedAt: null,
    ...fields,
  };
}

describe('chart findings for the Objective note', () => {
  it('an empty chart says so', () => {
    expect(summarizeChart({ marks: [], carried: [] })).toBe('No points charted.');
  });

  it('deleted marks and note pins are left out', () => {
    const marks = [mark(1, { deleted: true }), mark(2, { kind: 'note_pin', activity: null, note: 'Scar' })];
    expect(summarizeChart({ marks, carried: [] })).toBe('No points charted.');
  });

  it('one line per muscle and side, with every finding recorded', () => {
    const marks = [
      mark(1, {
        tenderness: 7,
        tendernessAfter: 3,
        pptKgCm2: 2.1,
        release: 'full',
        referredPainReproduced: true,
        referredPainWhere: 'temple',
      }),
      mark(2, { kind: 'satellite', activity: 'latent', parentMarkId: uuid(1), tenderness: 5 }),
      mark(3, { muscle: 'Levator scapulae', side: 'right', activity: 'latent', release: 'partial' }),
      mark(4, { kind: 'tender_point', activity: null, muscle: 'upper trapezius', tenderness: 4, tendernessAfter: 4 }),
    ];
    expect(summarizeChart({ marks, carried: [] }).split('\n')).toEqual([
      'Upper trapezius, left: 1 active trigger point, 1 satellite and 1 tender point. ' +
        'Tenderness out of 10, before → after treatment: 7 → 3; 5 (after not recorded); 4 → 4. ' +
        'Pressure pain threshold 2.1 kg/cm². 1 fully released. ' +
        'Referred pain reproduced at 1 of 3 points (temple).',
      'Levator scapulae, right: 1 latent trigger point. 1 partly released.',
    ]);
  });

  it('a point with no muscle named is still listed', () => {
    expect(summarizeChart({ marks: [mark(1, { muscle: null, side: null })], carried: [] })).toBe(
      'Muscle not named: 1 active trigger point.',
    );
  });

  it('lists the previous visit’s points as still present, resolved or not re-assessed', () => {
    const marks = [mark(1, { siteId: uuid(101), tenderness: 5 })];
    const points = [
      carried(1, { tenderness: 7 }),
      carried(2, { muscle: 'Rhomboid', side: 'right', resolvedAt: '2026-11-21T09:40:00.000Z' }),
      carried(3, { muscle: 'Infraspinatus', side: 'left' }),
    ];
    expect(summarizeChart({ marks, carried: points }).split('\n')).toEqual([
      'Upper trapezius, left: 1 active trigger point. Tenderness out of 10, before → after treatment: 5 (after not recorded).',
      'Points from the previous visit (14 Nov 2026):',
      'Still present: upper trapezius, left (tenderness 7 last visit, 5 now).',
      'Resolved: rhomboid, right.',
      'Not re-assessed: infraspinatus, left.',
    ]);
  });

  it('carried points show even when nothing new is charted', () => {
    expect(summarizeChart({ marks: [], carried: [carried(1)] }).split('\n')).toEqual([
      'No points charted.',
      'Points from the previous visit (14 Nov 2026):',
      'Not re-assessed: upper trapezius, left.',
    ]);
  });
});
