/**
 * What the library shows, rendered to HTML (no browser, no API): the controls have names, the
 * row buttons name their exercise, built-in exercises cannot be edited or retired, the details
 * list the steps in order, and the form labels every field.
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { AlertProvider } from '../../app/alert';
import { ExerciseLibraryPage } from '../../pages/ExerciseLibraryPage';
import { ExerciseDetails } from './ExerciseDetails';
import { ExerciseForm } from './ExerciseForm';
import { ExerciseTable } from './ExerciseTable';
import { ExerciseToolbar } from './ExerciseToolbar';
import { NO_FILTER } from './filter';
import { LibraryBody } from './LibraryBody';
import { chinTucks, doorwayStretch, library, myGluteBall, oldStretch } from './test-exercise';

function html(element: ReactElement): string {
  return renderToStaticMarkup(
    createElement(Router, { ssrPath: '/exercises', children: createElement(AlertProvider, { children: element }) }),
  );
}

const none = () => undefined;
const rowHandlers = { selectedId: null, busy: false, onSelect: none, onAction: none };

describe('the exercise list', () => {
  const page = html(createElement(ExerciseTable, { exercises: library, ...rowHandlers, selectedId: chinTucks.id }));

  it('is a table with a caption and sortable headers, the dose and actions not sortable', () => {
    expect(page).toContain('<caption class="visually-hidden">Exercises</caption>');
    expect(page.match(/aria-sort="(ascending|descending|none)"/g)).toEqual([
      'aria-sort="ascending"',
      'aria-sort="none"',
      'aria-sort="none"',
    ]);
    expect(page).toMatch(/<button type="button" class="sort-button">Body region/);
    expect(page).toContain('>Usual dose</span>');
  });

  it('lists by name, each a button showing whether it is selected', () => {
    const names = [...page.matchAll(/aria-pressed="(true|false)"[^>]*>([^<]+)</g)].map((m) => [m[2], m[1]]);
    expect(names).toEqual([
      ['Ball under the glute', 'false'],
      ['Chin tucks', 'true'],
      ['Doorway chest stretch', 'false'],
      ['Old neck stretch', 'false'],
    ]);
  });

  it('says where each exercise comes from and whether it is hidden or retired', () => {
    expect(page.match(/>Built-in</g)).toHaveLength(2);
    expect(page.match(/>Yours</g)).toHaveLength(2);
    expect(page.match(/>Hidden</g)).toHaveLength(1);
    expect(page.match(/>Retired</g)).toHaveLength(1);
  });

  it('shows the usual dose in words', () => {
    expect(page).toContain('<td>Hold 5 s · 10 times · 4 a day</td>');
    expect(page).toContain('<td>Hold 1 min</td>');
  });

  it('names the exercise on every row button, and offers only what each exercise allows', () => {
    const labels = [...page.matchAll(/aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(labels).toEqual([
      'Edit Ball under the glute',
      'Duplicate Ball under the glute',
      'Hide Ball under the glute',
      'Retire Ball under the glute',
      'Duplicate Chin tucks',
      'Hide Chin tucks',
      'Duplicate Doorway chest stretch',
      'Show Doorway chest stretch again',
      'Duplicate Old neck stretch',
    ]);
  });
});

describe('the toolbar', () => {
  it('has a named search box, region and muscle filters, and the two boxes', () => {
    const page = html(
      createElement(ExerciseToolbar, {
        filter: { ...NO_FILTER, muscle: 'Scalenes' },
        onChange: none,
        regions: ['Neck', 'Low back and hip'],
        muscles: ['Suboccipitals'],
      }),
    );
    expect(page).toMatch(/<label for="exercise-search"[^>]*>Search exercises<\/label>/);
    expect(page).toContain('<span class="visually-hidden">Body region</span><select>');
    expect(page).toContain('<option value="" selected="">Every body region</option><option value="Neck">Neck</option>');
    // A muscle picked earlier stays offered.
    expect(page).toContain('<option value="Scalenes" selected="">Scalenes</option>');
    expect(page).toMatch(/type="checkbox"[^>]*\/>Show hidden<\/label>/);
    expect(page).toMatch(/type="checkbox"[^>]*\/>Show retired<\/label>/);
  });
});

describe('an empty list', () => {
  const body = (visible: typeof library, filter = NO_FILTER) =>
    html(
      createElement(LibraryBody, {
        all: library,
        visible,
        filter,
        newExerciseButton: null,
        onClearFilter: none,
        ...rowHandlers,
      }),
    );

  it('offers to clear a search that matches nothing, and says what is left out', () => {
    const page = body([], { ...NO_FILTER, search: 'knee' });
    expect(page).toContain('No exercises match');
    expect(page).toContain('>Clear search and filters</button>');
    expect(page).toContain('unless Show hidden or Show retired is ticked');
  });
});

describe('the selected exercise', () => {
  const details = (exercise = chinTucks, confirmingRetire = false) =>
    html(
      createElement(ExerciseDetails, {
        exercise,
        busy: false,
        confirmingRetire,
        onAction: none,
        onConfirmRetire: none,
        onCancelRetire: none,
      }),
    );

  it('shows the drawing, the steps in order, the cautions, the dose and the muscles', () => {
    const page = details();
    expect(page).toMatch(/<section id="exercise-details"[^>]*aria-labelledby="exercise-details-heading"/);
    expect(page).toMatch(/<h2 id="exercise-details-heading"[^>]*>Chin tucks<\/h2>/);
    expect(page).toMatch(/<svg[^>]*role="img"/);
    expect(page).toContain(
      '<ol class="exercise-details__steps"><li>Sit up tall and look straight ahead.</li><li>Slide your chin straight back, without nodding.</li></ol>',
    );
    expect(page).toContain('Stop if your arms tingle.');
    expect(page).toContain('<dd>Hold 5 s · 10 times · 4 a day</dd>');
    expect(page).toContain('<dd>Suboccipitals, Semispinalis capitis</dd>');
  });

  it('lets a built-in exercise be copied or hidden, never edited or retired', () => {
    const buttons = [...details().matchAll(/<button[^>]*>([^<]+)<\/button>/g)].map((m) => m[1]);
    expect(buttons).toEqual(['Duplicate', 'Hide']);
  });

  it('lets your own exercise be edited, copied, hidden and retired', () => {
    const buttons = [...details(myGluteBall).matchAll(/<button[^>]*>([^<]+)<\/button>/g)].map((m) => m[1]);
    expect(buttons).toEqual(['Edit', 'Duplicate', 'Hide', 'Retire']);
    expect(details(myGluteBall)).not.toMatch(/<svg/);
    expect(details(myGluteBall)).toContain('None written.');
  });

  it('asks before retiring, saying what happens to plans already given', () => {
    const page = details(myGluteBall, true);
    expect(page).toMatch(/role="group" aria-labelledby="retire-question"/);
    expect(page).toContain('Retire “Ball under the glute”?');
    expect(page).toContain('Plans and handouts that already include it keep it');
    expect(page).toContain('>Yes, retire it</button>');
    expect(page).toContain('>Keep it</button>');
  });

  it('says when an exercise is hidden or retired', () => {
    expect(details(doorwayStretch)).toContain('Hidden: it is not offered when you build a plan.');
    expect(details(oldStretch)).toContain('Retired on ');
    expect([...details(oldStretch).matchAll(/<button[^>]*>([^<]+)<\/button>/g)].map((m) => m[1])).toEqual([
      'Duplicate',
    ]);
  });
});

describe('the exercise form', () => {
  const form = (exercise?: typeof chinTucks) =>
    html(
      createElement(ExerciseForm, {
        exercise,
        knownRegions: ['Neck', 'Shoulder and chest'],
        onSubmit: () => Promise.resolve(),
        onCancel: none,
      }),
    );

  it('labels every field, and offers the known body regions as you type', () => {
    const page = form();
    expect(page).toContain('aria-label="New exercise"');
    for (const [id, label] of [
      ['exercise-name', 'Name'],
      ['exercise-bodyRegion', 'Body region'],
      ['exercise-cautions', 'Cautions'],
      ['exercise-illustration', 'Illustration'],
      ['exercise-holdSeconds', 'Hold time \\(seconds\\)'],
      ['exercise-repetitions', 'Repetitions'],
      ['exercise-sets', 'Sets'],
      ['exercise-timesPerDay', 'Times a day'],
    ]) {
      expect(page).toMatch(new RegExp(`<label class="field__label" for="${id}">${label}</label>`));
    }
    expect(page).toContain('list="exercise-region-list"');
    expect(page).toContain('<datalist id="exercise-region-list"><option value="Neck"></option>');
  });

  it('starts a new exercise with one empty step, and every step button names its step', () => {
    const page = form();
    expect(page.match(/<textarea[^>]*name="steps\.\d+\.text"/g)).toHaveLength(1);
    expect(page).toContain('>Step 1</label>');
    expect(page).toContain('aria-label="Move step 1 up"');
    expect(page).toContain('aria-label="Remove step 1"');
    expect(page).toContain('>Add a step</button>');
  });

  it('lists the chart muscles to tick, and every drawing by a readable name', () => {
    const page = form();
    expect(page.match(/type="checkbox"/g)?.length).toBeGreaterThanOrEqual(20);
    expect(page).toMatch(/value="Levator scapulae"[^>]*\/>Levator scapulae<\/label>/);
    expect(page).toContain('<option value="">None</option>');
    expect(page).toContain('<option value="chin-tuck">Chin tuck</option>');
    expect(page.match(/<option value="[a-z-]+">/g)).toHaveLength(14);
  });

  it('keeps a muscle the chart does not name when editing an exercise that has it', () => {
    const page = form({ ...myGluteBall, targetMuscles: ['Piriformis'], steps: ['One', 'Two'] });
    expect(page).toContain('aria-label="Edit Ball under the glute"');
    expect(page).toMatch(/value="Piriformis"[^>]*\/>Piriformis<\/label>/);
    expect(page.match(/<textarea[^>]*name="steps\.\d+\.text"/g)).toHaveLength(2);
  });
});

describe('the page', () => {
  it('shows its heading, the New exercise button and the filters while the list loads', () => {
    const page = html(createElement(ExerciseLibraryPage));
    expect(page).toMatch(/<h1[^>]*>Exercises<\/h1>/);
    expect(page).toContain('>New exercise</button>');
    expect(page).toContain('Search exercises');
    expect(page).toContain('Loading exercises…');
  });
});
