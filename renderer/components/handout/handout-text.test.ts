import { describe, expect, it } from 'vitest';
import { handoutPoint } from './test-handout';
import { formatDay, groupPoints, handoutFileName, pointCaption, pointDose, pointPlace } from './handout-text';

describe('pointCaption', () => {
  it('says where the point is and how to press it, after its number', () => {
    expect(pointCaption({ number: 1, point: handoutPoint() })).toBe(
      '1 · Upper trapezius, right — press and hold 30 s, 3 times a day',
    );
  });

  it('words the dose as the client reads it, leaving out what the therapist left empty', () => {
    expect(pointDose({ holdSeconds: 90, timesPerDay: 1 })).toBe('press and hold 1 min 30 s, once a day');
    expect(pointDose({ holdSeconds: 20, timesPerDay: 2 })).toBe('press and hold 20 s, twice a day');
    expect(pointDose({ holdSeconds: null, timesPerDay: 4 })).toBe('press and hold, 4 times a day');
    expect(pointDose({ holdSeconds: 45, timesPerDay: null })).toBe('press and hold 45 s');
    expect(pointDose({ holdSeconds: null, timesPerDay: null })).toBe('press and hold');
  });

  it('leaves out a midline side, and names the picture when no muscle was named', () => {
    expect(pointPlace(handoutPoint({ muscle: 'Suboccipitals', side: 'midline' }))).toBe('Suboccipitals');
    expect(pointPlace(handoutPoint({ muscle: '  ', side: null }))).toBe('Spot marked on the picture (Back)');
  });
});

describe('groupPoints', () => {
  it('groups the points by picture, in the chart’s order, numbering them on from one picture to the next', () => {
    const back1 = handoutPoint({ markId: 'a' });
    const front = handoutPoint({ markId: 'b', viewId: 'anterior' });
    const back2 = handoutPoint({ markId: 'c' });
    const groups = groupPoints([back1, front, back2]);
    expect(groups.map((g) => [g.viewId, g.label, g.points.map((p) => [p.number, p.point.markId])])).toEqual([
      ['anterior', 'Front', [[1, 'b']]],
      [
        'posterior',
        'Back',
        [
          [2, 'a'],
          [3, 'c'],
        ],
      ],
    ]);
    expect(groupPoints([])).toEqual([]);
  });
});

describe('handoutFileName and formatDay', () => {
  it('names the PDF after the client and the session’s local date', () => {
    const startedAt = new Date(2026, 10, 21, 9, 30).toISOString();
    expect(handoutFileName(' Ana Silva ', startedAt)).toBe('Home care - Ana Silva - 2026-11-21.pdf');
    expect(handoutFileName('', 'not a date')).toBe('Home care - client.pdf');
    expect(formatDay(startedAt)).toBe('Sat 21 Nov 2026');
    const lateEvening = new Date(2028, 1, 29, 23, 30).toISOString();
    expect(handoutFileName('Ana Silva', lateEvening)).toBe('Home care - Ana Silva - 2028-02-29.pdf');
    expect(formatDay(lateEvening)).toBe('Tue 29 Feb 2028');
    expect(formatDay('nonsense')).toBe('—');
  });

  it('leaves out the direction controls of a name', () => {
    const startedAt = new Date(2026, 10, 21, 9, 30).toISOString();
    expect(handoutFileName('Ana \u202eSilva', startedAt)).toBe('Home care - Ana Silva - 2026-11-21.pdf');
  });
});
