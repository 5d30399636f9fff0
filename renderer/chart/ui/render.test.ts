/**
 * What the chart's side panel shows, rendered to HTML (no browser): the points to re-assess with
 * named buttons per state, none on a signed chart; the pressure pain threshold field and last
 * visit's findings in the inspector; the legend entry for faded points.
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import type { ChartSnapshot } from '../../../db/api/contract';
import { AlertProvider } from '../../app/alert';
import { carriedPoint, id, makeModel, ok, savedMark } from '../model/test-fixtures';
import { Legend } from './Legend';
import { MarkInspector } from './MarkInspector';
import { ReassessPanel } from './ReassessPanel';

function html(element: ReactElement): string {
  return renderToStaticMarkup(
    createElement(Router, { ssrPath: '/sessions/1', children: createElement(AlertProvider, { children: element }) }),
  );
}

/** Last visit: right upper trapezius (1), left levator scapulae (2), left infraspinatus (3). */
function modelWithCarried(snapshot: Partial<ChartSnapshot> = {}) {
  return makeModel({
    carried: [
      carriedPoint(1),
      carriedPoint(2, { muscle: 'Levator scapulae', side: 'left', x: 0.3, tenderness: null, pptKgCm2: null }),
      carriedPoint(3, { muscle: 'Infraspinatus', side: 'left', x: 0.3, y: 0.4 }),
    ],
    ...snapshot,
  }).model;
}

const panel = (model: ReturnType<typeof modelWithCarried>) =>
  html(
    createElement(ReassessPanel, {
      model,
      revision: model.getVersion(),
      saver: null,
      focusRequest: null,
      onMessage: () => undefined,
      onView: () => undefined,
    }),
  );

describe('the "To re-assess" panel', () => {
  it('offers still present and resolved for waiting points, named after the point', () => {
    const model = modelWithCarried();
    ok(model.markStillPresent(id(1)));
    ok(model.setCarriedResolved(id(3), '2025-03-11T15:20:00.000Z'));
    const page = panel(model);
    expect(page).toContain('To re-assess');
    expect(page).toContain('1 of 3 points from the last visit');
    expect(page).toContain('aria-label="Still present: Levator scapulae, left"');
    expect(page).toContain('aria-label="Resolved: Levator scapulae, left"');
    expect(page).toContain('aria-label="Show: Upper trapezius, right"');
    expect(page).toContain('aria-label="Undo resolved: Infraspinatus, left"');
    expect(page).not.toContain('aria-label="Still present: Upper trapezius, right"');
    expect(page).toContain('Last visit: tenderness 7/10 (3/10 after), PPT 2.4 kg/cm²');
    expect(page).toContain('Last visit: tenderness 3/10 after treatment, PPT not recorded');
    expect(page.match(/aria-keyshortcuts="P R"/g)).toHaveLength(1);
  });

  it('shows where each point stands without buttons on a signed chart', () => {
    const page = panel(modelWithCarried({ editable: false, marks: [savedMark(7, { siteId: id(1) })] }));
    expect(page).toContain('Still present');
    expect(page).toContain('Not yet re-assessed');
    expect(page).not.toContain('<button');
  });

  it('is left out when nothing was carried from a last visit', () => {
    expect(panel(makeModel().model)).toBe('');
  });
});

describe('the inspector', () => {
  it("has a pressure pain threshold field, and shows last visit's findings for a point carried forward", () => {
    const model = modelWithCarried();
    const { mark } = ok(model.markStillPresent(id(1)));
    const page = html(createElement(MarkInspector, { model, mark, onMessage: () => undefined }));
    expect(page).toMatch(/<label for="inspector-ppt">Pressure pain threshold \(kg\/cm²\)<\/label>/);
    expect(page).toContain('Last visit: tenderness 7/10 (3/10 after), PPT 2.4 kg/cm²');
  });

  it('a new point has no last visit, and a note pin no pressure pain threshold', () => {
    const { model } = makeModel({ marks: [savedMark(1), savedMark(2, { kind: 'note_pin', activity: null })] });
    const point = html(createElement(MarkInspector, { model, mark: savedMark(1), onMessage: () => undefined }));
    expect(point).not.toContain('Last visit');
    expect(point).toContain('inspector-ppt');
    const pin = savedMark(2, { kind: 'note_pin', activity: null });
    const note = html(createElement(MarkInspector, { model, mark: pin, onMessage: () => undefined }));
    expect(note).not.toContain('inspector-ppt');
  });
});

describe('the legend', () => {
  it('lists the faded points from the last visit only while some are shown', () => {
    expect(html(createElement(Legend, { ghosts: true }))).toContain('To re-assess (from last visit)');
    expect(html(createElement(Legend))).not.toContain('To re-assess');
  });
});
