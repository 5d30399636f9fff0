/**
 * The atlas inset: which second view it shows for a muscle (the head-and-neck view from the body
 * views, the body view with the trigger points from the head-and-neck views), the picture's
 * frame, and what it renders (a named button, a labelled picture, nothing when no view helps).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Side, ViewId } from '../../../db/api/contract';
import { getView, VIEW_ORDER } from '../artwork';
import { ATLAS, atlasOnView } from '../atlas';
import { AtlasInset } from './AtlasInset';
import { INSET_MAX_HEIGHT, INSET_MAX_WIDTH, insetPicture, insetView, isHeadNeckView } from './atlas-inset';

const SIDES: readonly Side[] = ['right', 'left'];

describe('the view the inset shows', () => {
  it('is the head-and-neck view of that side while a body view is on the chart', () => {
    expect(insetView('upper-trapezius', 'right', 'posterior')).toBe('head-neck-right');
    expect(insetView('upper-trapezius', 'left', 'posterior')).toBe('head-neck-left');
    expect(insetView('levator-scapulae', 'left', 'anterior')).toBe('head-neck-left');
    expect(insetView('sternocleidomastoid-sternal', 'right', 'right-lateral')).toBe('head-neck-right');
  });

  it('is the body view holding the trigger points while a head-and-neck view is on the chart', () => {
    expect(insetView('upper-trapezius', 'right', 'head-neck-right')).toBe('posterior');
    expect(insetView('upper-trapezius', 'left', 'head-neck-left')).toBe('posterior');
    expect(insetView('sternocleidomastoid-sternal', 'left', 'head-neck-left')).toBe('anterior');
    expect(insetView('scalenes', 'right', 'head-neck-posterior')).toBe('anterior');
  });

  it('falls back to another head-and-neck view for muscles charted only there', () => {
    expect(insetView('suboccipitals', 'right', 'head-neck-right')).toBe('head-neck-posterior');
    expect(insetView('suboccipitals', 'left', 'head-neck-posterior')).toBe('head-neck-left');
    expect(insetView('splenius-cervicis', 'left', 'head-neck-left')).toBe('head-neck-posterior');
  });

  it('shows the source of a muscle whose pain is on the view shown, and the pain of one whose source is', () => {
    expect(insetView('infraspinatus', 'right', 'anterior')).toBe('posterior');
    // Its essential zone, deep in the front of the shoulder, is on the front view only.
    expect(insetView('infraspinatus', 'right', 'posterior')).toBe('anterior');
    expect(insetView('quadratus-lumborum', 'left', 'posterior')).toBe('left-lateral');
    expect(insetView('gluteus-medius', 'right', 'right-lateral')).toBe('posterior');
  });

  it('is none when the view shown holds the points and every essential zone', () => {
    expect(insetView('gluteus-medius', 'right', 'posterior')).toBeNull();
    expect(insetView('gluteus-medius', 'left', 'posterior')).toBeNull();
    expect(insetView('rhomboids', 'right', 'posterior')).toBeNull();
    expect(insetView('no-such-muscle', 'right', 'posterior')).toBeNull();
  });

  it('is never the view shown, always holds some of the pattern, and from a head-and-neck view is a body view when one has points', () => {
    for (const m of ATLAS)
      for (const side of SIDES)
        for (const current of VIEW_ORDER) {
          const v = insetView(m.id, side, current);
          if (!v) continue;
          const { points, zones } = atlasOnView(m.id, side, v);
          expect(v).not.toBe(current);
          expect(points.length + zones.length).toBeGreaterThan(0);
          const bodySource = m.points.some((p) => p.side === side && !isHeadNeckView(p.viewId));
          if (isHeadNeckView(current) && bodySource)
            expect(isHeadNeckView(v), `${m.id} ${side} ${current}`).toBe(false);
        }
  });
});

describe('the inset picture', () => {
  it('shows a head-and-neck view whole, at most 150 by 164 pixels, with the pattern in view units', () => {
    const p = insetPicture('upper-trapezius', 'right', 'head-neck-right');
    const view = getView('head-neck-right');
    expect(p.frame).toEqual({ x: 0, y: 0, width: view.width, height: view.height });
    expect(p.width).toBeLessThanOrEqual(INSET_MAX_WIDTH);
    expect(p.height).toBeLessThanOrEqual(INSET_MAX_HEIGHT);
    expect(p.body).toHaveLength(view.body.length);
    expect(p.lines).toHaveLength(view.lines.length);
    const { points, zones } = atlasOnView('upper-trapezius', 'right', 'head-neck-right');
    expect(p.zones.map((z) => z.pattern)).toEqual(zones.map((z) => z.pattern));
    expect(p.points).toEqual(
      points.map((pt) => ({
        id: pt.id,
        cx: Math.round(pt.x * view.width * 10) / 10,
        cy: Math.round(pt.y * view.height * 10) / 10,
      })),
    );
  });

  it('frames a body view around the pattern, inside the view, large enough to read', () => {
    for (const m of ATLAS)
      for (const side of SIDES)
        for (const viewId of ['anterior', 'posterior', 'left-lateral', 'right-lateral'] as ViewId[]) {
          const { points, zones } = atlasOnView(m.id, side, viewId);
          if (points.length + zones.length === 0) continue;
          const view = getView(viewId);
          const { frame, width, height, px } = insetPicture(m.id, side, viewId);
          expect(frame.x).toBeGreaterThanOrEqual(0);
          expect(frame.y).toBeGreaterThanOrEqual(0);
          expect(frame.x + frame.width).toBeLessThanOrEqual(view.width + 0.1);
          expect(frame.y + frame.height).toBeLessThanOrEqual(view.height + 0.1);
          expect(width).toBeLessThanOrEqual(INSET_MAX_WIDTH);
          expect(height).toBeLessThanOrEqual(INSET_MAX_HEIGHT);
          // At least twice the size the whole body would be (a zone down the whole arm is the largest).
          const whole = Math.min(INSET_MAX_WIDTH / view.width, INSET_MAX_HEIGHT / view.height);
          expect(1 / px).toBeGreaterThan(2 * whole);
          const inside = (x: number, y: number) =>
            x >= frame.x && x <= frame.x + frame.width && y >= frame.y && y <= frame.y + frame.height;
          for (const p of points) expect(inside(p.x * view.width, p.y * view.height)).toBe(true);
          for (const z of zones)
            for (const [x, y] of z.polygon) expect(inside(x * view.width, y * view.height)).toBe(true);
        }
  });
});

describe('the inset on the chart', () => {
  const render = (muscleId: string, side: Side, viewId: ViewId) =>
    renderToStaticMarkup(createElement(AtlasInset, { shown: { muscleId, side }, viewId, onView: () => {} }));

  it('is a button that names the view it shows, with a labelled picture of the pattern there', () => {
    const html = render('upper-trapezius', 'right', 'posterior');
    expect(html).toMatch(
      /<button type="button" class="atlas-inset__button" aria-label="Show the Head &amp; neck, right side view"/,
    );
    expect(html).toContain(
      'role="img" aria-label="Atlas pattern of Upper trapezius, right, on Head &amp; neck, right side: 5 zones and 1 typical point"',
    );
    expect(html).toContain('<span class="atlas-inset__caption" aria-hidden="true">Head &amp; neck, right side</span>');
    expect(html.match(/class="atlas-inset__point"/g)).toHaveLength(1);
    expect(html.match(/atlas-inset__zone--essential/g)).toHaveLength(4);
    expect(html.match(/atlas-inset__zone--spillover/g)).toHaveLength(1);
  });

  it('shows the back, with the trigger points, from the head-and-neck view', () => {
    const html = render('levator-scapulae', 'left', 'head-neck-left');
    expect(html).toContain('aria-label="Show the Back view"');
    expect(html).toContain(
      'aria-label="Atlas pattern of Levator scapulae, left, on Back: 3 zones and 2 typical points"',
    );
  });

  it('says when the view has no zone', () => {
    expect(render('levator-scapulae', 'left', 'posterior')).toContain(
      'aria-label="Atlas pattern of Levator scapulae, left, on Head &amp; neck, left side: no zones and 1 typical point"',
    );
  });

  it('renders nothing when no second view helps', () => {
    expect(render('gluteus-medius', 'right', 'posterior')).toBe('');
    expect(render('no-such-muscle', 'left', 'head-neck-left')).toBe('');
  });
});
