/**
 * What a home-care handout shows, gathered from the plan, the chart, the library and settings
 * into one snapshot (HandoutContent). A recorded handout keeps its snapshot, so it prints again
 * the same after the library or the plan has changed; a signed session's exercises come as they
 * were when it was signed.
 */
import type { Database } from 'better-sqlite3';
import { POINT_CAUTION_FOR_CLIENTS, RED_FLAGS_FOR_CLIENTS } from '../api/clinical';
import type { HandoutContent } from '../api/contract';
import type { MarkRow } from './marks';
import { getClient } from './clients';
import { getExercise, toPlanExercise } from './exercises';
import { getPlan } from './home-care';
import { getSession } from './sessions';
import { getSettings } from './settings';

export function buildHandoutContent(db: Database, sessionId: string, givenAt: string): HandoutContent {
  const session = getSession(db, sessionId);
  const client = getClient(db, session.clientId);
  const settings = getSettings(db);
  const plan = getPlan(db, sessionId);
  const markById = db.prepare('SELECT * FROM marks WHERE id = ?');
  return {
    version: 1,
    paperSize: settings.paperSize,
    practice: settings.practice,
    practitioner: { name: settings.practitioner.name, credentials: settings.practitioner.credentials },
    clientName: [client.givenName, client.familyName].filter(Boolean).join(' '),
    sessionStartedAt: session.startedAt,
    givenAt,
    exercises: plan.items.map((item, i) => {
      // As the plan shows it: a signed session's exercises as they were when it was signed.
      const exercise = plan.exercises[i] ?? toPlanExercise(getExercise(db, item.exerciseId));
      return {
        name: exercise.name,
        illustration: exercise.illustration,
        targetMuscles: exercise.targetMuscles,
        steps: exercise.steps,
        cautions: exercise.cautions,
        holdSeconds: item.holdSeconds,
        repetitions: item.repetitions,
        sets: item.sets,
        timesPerDay: item.timesPerDay,
        note: item.note,
      };
    }),
    points: plan.points.map((point) => {
      const mark = markById.get(point.markId) as MarkRow;
      return {
        markId: mark.id,
        kind: mark.kind,
        activity: mark.activity,
        viewId: mark.view_id as HandoutContent['points'][number]['viewId'],
        artworkVersion: mark.artwork_version,
        x: mark.x,
        y: mark.y,
        muscle: mark.muscle,
        side: mark.side,
        holdSeconds: point.holdSeconds,
        timesPerDay: point.timesPerDay,
      };
    }),
    note: plan.note,
    nextVisitAt: plan.nextVisitAt,
    pointCaution: POINT_CAUTION_FOR_CLIENTS,
    redFlags: [...RED_FLAGS_FOR_CLIENTS],
  };
}
