/**
 * The home-care handout as one document: what the screen shows as a sheet of paper is exactly
 * what the printer and the PDF get (../printing/printing.css keeps everything else off paper).
 * It prints from a HandoutContent only (the preview's, or the one kept when it was given), so a
 * handout prints again years later as it was given. Every text is rendered by React as text.
 */
import { memo } from 'react';
import type { HandoutContent } from '../../../db/api/contract';
import type { PaintQueue } from '../printing/paint-queue';
import { HandoutNote, HandoutRedFlags } from './HandoutClosing';
import { HandoutExercises } from './HandoutExercises';
import { HandoutHeader } from './HandoutHeader';
import { HandoutPoints } from './HandoutPoints';
import '../printing/printing.css';
import './handout.css';

/** Memoised: it renders again only when the content changes. */
export const HandoutSheet = memo(function HandoutSheet({
  content,
  queue,
}: {
  content: HandoutContent;
  queue: PaintQueue;
}) {
  const empty = content.points.length === 0 && content.exercises.length === 0;
  return (
    <article
      className={`print-sheet print-sheet--${content.paperSize} handout-sheet`}
      aria-label={`Home care for ${content.clientName}`}
    >
      <HandoutHeader content={content} />
      {empty && <p className="handout-muted">No exercises or points to press in this plan yet.</p>}
      <HandoutPoints points={content.points} caution={content.pointCaution} referral={content.referral} queue={queue} />
      <HandoutExercises exercises={content.exercises} />
      <HandoutNote note={content.note} nextVisitAt={content.nextVisitAt} />
      <HandoutRedFlags redFlags={content.redFlags} />
    </article>
  );
});
