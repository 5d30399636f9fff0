/**
 * The Neck Disability Index in words: the score line, each answer as text, and the change since
 * the client's first score. Pure functions (no React), so the sentences are tested on their own.
 */
import { format } from 'date-fns';
import type { ClientProgress } from '../../../db/api/contract';
import {
  NDI_BAND_WORDS,
  NDI_ITEM_COUNT,
  NDI_ITEMS,
  NDI_MAX_MISSING,
  ndiChange,
  scoreNdi,
  type NdiAnswers,
} from '../../../db/api/ndi';
import { formatTime } from '../../lib/format';

/** "14", "14.4": totals are whole or to one decimal (a missing answer counts as the mean). */
export function formatPoints(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

const points = (value: number) => `${formatPoints(value)} ${value === 1 ? 'point' : 'points'}`;

/** "1. Pain intensity": the name of an item's group of answers. */
export function ndiItemName(index: number): string {
  return `${index + 1}. ${NDI_ITEMS[index]?.topic ?? ''}`;
}

/** Ten answers, none given yet. */
export function emptyNdiAnswers(): NdiAnswers {
  return Array.from({ length: NDI_ITEM_COUNT }, () => null);
}

/** The answers with one item answered (the others kept). */
export function withNdiAnswer(answers: NdiAnswers | null, index: number, value: number): NdiAnswers {
  const next = emptyNdiAnswers().map((_, i) => answers?.[i] ?? null);
  next[index] = value;
  return next;
}

export function ndiAnsweredCount(answers: NdiAnswers | null): number {
  return (answers ?? []).slice(0, NDI_ITEM_COUNT).filter((a) => a !== null && a !== undefined).length;
}

/**
 * The live score line: "Score 14 of 50 (28 %): mild disability. 9 of 10 answered.", or what is
 * still needed for a score, or that the questionnaire was not taken.
 */
export function ndiScoreText(answers: NdiAnswers | null): string {
  if (answers === null) return 'Not taken this visit.';
  const score = scoreNdi(answers);
  if (!score) return `Answer at least ${NDI_ITEM_COUNT - NDI_MAX_MISSING} questions to get a score.`;
  return (
    `Score ${formatPoints(score.total)} of 50 (${formatPoints(score.percent)} %): ${NDI_BAND_WORDS[score.band]}. ` +
    `${score.answered} of ${NDI_ITEM_COUNT} answered.`
  );
}

/** "Taken at 9:42 AM" (the time the answers were first saved), or '' before the save. */
export function ndiTakenText(ndiAt: string | null): string {
  const time = ndiAt ? formatTime(ndiAt) : '';
  return time ? `Taken at ${time}.` : '';
}

/** The answer chosen for an item, as the read-only record shows it. */
export function ndiAnswerText(index: number, answer: number | null | undefined): string {
  if (answer === null || answer === undefined) return 'Not answered';
  const sentence = NDI_ITEMS[index]?.answers[answer];
  return sentence ? `${sentence} (${answer} of 5)` : `${answer} of 5`;
}

/** The client's first NDI score at an earlier visit. */
export interface FirstNdiScore {
  sessionId: string;
  startedAt: string;
  total: number;
}

/**
 * The first score from a visit before this session (by start time), or null when this session
 * is the first with a score.
 */
export function firstNdiScore(
  visits: ClientProgress['visits'],
  session: { id: string; startedAt: string },
): FirstNdiScore | null {
  const before = Date.parse(session.startedAt);
  let first: FirstNdiScore | null = null;
  for (const visit of visits) {
    if (visit.sessionId === session.id || visit.ndi === null) continue;
    const at = Date.parse(visit.startedAt);
    if (!(at < before)) continue;
    if (first === null || at < Date.parse(first.startedAt)) {
      first = { sessionId: visit.sessionId, startedAt: visit.startedAt, total: visit.ndi.total };
    }
  }
  return first;
}

export interface NdiChangeFlag {
  text: string;
  /** The change reaches 5 points: one that matters. */
  meaningful: boolean;
  /** Higher is worse on this index. */
  direction: 'better' | 'worse' | 'same';
}

/**
 * "Since the first score (22 on 3 Oct 2026): down 8 points — a change that matters." The day is
 * the first visit's, in the computer's own time zone.
 */
export function ndiChangeFlag(first: Pick<FirstNdiScore, 'startedAt' | 'total'>, latest: number): NdiChangeFlag {
  const { delta, meaningful } = ndiChange(first.total, latest);
  const date = new Date(first.startedAt);
  const day = Number.isNaN(date.getTime()) ? '' : ` on ${format(date, 'd MMM yyyy')}`;
  const change = delta === 0 ? 'no change' : `${delta < 0 ? 'down' : 'up'} ${points(Math.abs(delta))}`;
  return {
    text: `Since the first score (${formatPoints(first.total)}${day}): ${change}${meaningful ? ' — a change that matters' : ''}.`,
    meaningful,
    direction: delta < 0 ? 'better' : delta > 0 ? 'worse' : 'same',
  };
}
