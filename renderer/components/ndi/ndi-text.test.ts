import { describe, expect, it } from 'vitest';
import type { ProgressVisit } from '../../../db/api/contract';
import { scoreNdi } from '../../../db/api/ndi';
import { localIso } from '../../testing/local-time';
import {
  emptyNdiAnswers,
  firstNdiScore,
  ndiAnswerText,
  ndiChangeFlag,
  ndiItemName,
  ndiScoreText,
  withNdiAnswer,
} from './ndi-text';

const answers = (...values: (number | null)[]) => values;

describe('the score line', () => {
  it('gives the total, the percentage, the band and how many were answered', () => {
    expect(ndiScoreText(answers(2, 2, 2, 2, 2, 3, 1, 2, 2, null))).toBe(
      'Score 20 of 50 (40 %): moderate disability. 9 of 10 answered.',
    );
    expect(ndiScoreText(answers(1, 1, 2, 1, 2, 1, 2, 1, 2, 1))).toBe(
      'Score 14 of 50 (28 %): mild disability. 10 of 10 answered.',
    );
  });

  it('shows a decimal when a missing answer counts as the mean', () => {
    expect(ndiScoreText(answers(2, 1, 2, 1, 2, 1, 2, 1, 1, null))).toBe(
      'Score 14.4 of 50 (28.8 %): mild disability. 9 of 10 answered.',
    );
  });

  it('asks for more answers when more than 2 are missing', () => {
    expect(ndiScoreText(answers(2, 1, 2, 1, 2, 1, 2, null, null, null))).toBe(
      'Answer at least 8 questions to get a score.',
    );
    expect(ndiScoreText(emptyNdiAnswers())).toBe('Answer at least 8 questions to get a score.');
    expect(ndiScoreText(null)).toBe('Not taken this visit.');
  });
});

describe('answering', () => {
  it('sets one item and keeps the others, starting from ten unanswered', () => {
    const first = withNdiAnswer(null, 3, 4);
    expect(first).toEqual([null, null, null, 4, null, null, null, null, null, null]);
    expect(withNdiAnswer(first, 0, 0)).toEqual([0, null, null, 4, null, null, null, null, null, null]);
    expect(first[0]).toBeNull();
  });

  it('names each item by number and topic, and shows the chosen sentence', () => {
    expect(ndiItemName(0)).toBe('1. Pain intensity');
    expect(ndiItemName(9)).toBe('10. Recreation');
    expect(ndiAnswerText(0, 3)).toBe('The pain is fairly severe right now. (3 of 5)');
    expect(ndiAnswerText(4, null)).toBe('Not answered');
  });
});

function visit(sessionId: string, startedAt: string, answered: (number | null)[] | null): ProgressVisit {
  return {
    sessionId,
    startedAt,
    status: 'signed',
    painBefore: null,
    painAfter: null,
    rom: {} as ProgressVisit['rom'],
    ndi: answered ? scoreNdi(answered) : null,
    activePoints: 0,
    points: 0,
  };
}

describe('the first score', () => {
  const twentyTwo = answers(3, 2, 3, 2, 3, 2, 3, 2, 1, 1);
  const visits = [
    visit('a', localIso(2026, 9, 20), null),
    visit('b', localIso(2026, 10, 3), twentyTwo),
    visit('c', localIso(2026, 10, 17), answers(1, 1, 1, 1, 1, 1, 1, 1, 1, 1)),
    visit('d', localIso(2026, 11, 21, 9, 30), answers(1, 1, 1, 1, 1, 1, 1, 1, 1, 1)),
  ];

  it('is the earliest visit with a score before this session', () => {
    expect(firstNdiScore(visits, { id: 'd', startedAt: localIso(2026, 11, 21, 9, 30) })).toEqual({
      sessionId: 'b',
      startedAt: localIso(2026, 10, 3),
      total: 22,
    });
  });

  it('is none when this session is the first with a score', () => {
    expect(firstNdiScore(visits, { id: 'b', startedAt: localIso(2026, 10, 3) })).toBeNull();
    expect(firstNdiScore(visits, { id: 'new', startedAt: localIso(2026, 9, 1) })).toBeNull();
    expect(firstNdiScore([], { id: 'new', startedAt: localIso(2026, 9, 1) })).toBeNull();
  });
});

describe('the change since the first score', () => {
  const first = { startedAt: localIso(2026, 10, 3), total: 22 };

  it('says a drop of 5 or more is a change that matters', () => {
    expect(ndiChangeFlag(first, 14)).toEqual({
      text: 'Since the first score (22 on 3 Oct 2026): down 8 points — a change that matters.',
      meaningful: true,
      direction: 'better',
    });
    expect(ndiChangeFlag(first, 17).text).toBe(
      'Since the first score (22 on 3 Oct 2026): down 5 points — a change that matters.',
    );
  });

  it('gives a smaller change without the flag', () => {
    expect(ndiChangeFlag(first, 19)).toEqual({
      text: 'Since the first score (22 on 3 Oct 2026): down 3 points.',
      meaningful: false,
      direction: 'better',
    });
    expect(ndiChangeFlag(first, 21).text).toBe('Since the first score (22 on 3 Oct 2026): down 1 point.');
    expect(ndiChangeFlag(first, 17.6).text).toBe('Since the first score (22 on 3 Oct 2026): down 4.4 points.');
    expect(ndiChangeFlag(first, 22).text).toBe('Since the first score (22 on 3 Oct 2026): no change.');
  });

  it('dates the first score by its local day, late in the evening and just after midnight', () => {
    expect(ndiChangeFlag({ startedAt: localIso(2026, 10, 3, 23, 30), total: 22 }, 22).text).toBe(
      'Since the first score (22 on 3 Oct 2026): no change.',
    );
    expect(ndiChangeFlag({ startedAt: localIso(2026, 10, 4, 0, 15), total: 22 }, 22).text).toBe(
      'Since the first score (22 on 4 Oct 2026): no change.',
    );
  });

  it('says when the score went up (worse)', () => {
    expect(ndiChangeFlag(first, 28)).toEqual({
      text: 'Since the first score (22 on 3 Oct 2026): up 6 points — a change that matters.',
      meaningful: true,
      direction: 'worse',
    });
  });
});
