/**
 * The Neck Disability Index on the session page: the client answers ten questions on the
 * therapist's screen; the score (0-50, %, band) updates as they go and is saved with the session.
 * Folded to one line (score, band, when taken, change since the first score) until opened.
 */
import { useId, useRef, useState } from 'react';
import type { Session } from '../../../db/api/contract';
import { scoreNdi, type NdiAnswers } from '../../../db/api/ndi';
import { useApiQuery } from '../../hooks/useApiQuery';
import { NdiClearConfirm } from './NdiClearConfirm';
import { NdiAnswerList, NdiItems } from './NdiItems';
import {
  firstNdiScore,
  ndiAnsweredCount,
  ndiChangeFlag,
  ndiScoreText,
  ndiTakenText,
  withNdiAnswer,
  type FirstNdiScore,
} from './ndi-text';
import './ndi.css';

type NdiEdit = { ndi: NdiAnswers | null };

/** What this card needs of the session draft (see session-record/useSessionDraft.ts). */
export interface NdiDraft {
  session: Session;
  editable: boolean;
  update: (edit: NdiEdit | ((current: Session) => NdiEdit)) => void;
}

interface Props {
  draft: NdiDraft;
  clientId: string;
}

/** Loads the client's earlier scores (for the change flag) and shows the card. */
export function NdiQuestionnaire({ draft, clientId }: Props) {
  // Only a visit with answers can show a change since the first score.
  const progress = useApiQuery('progress.get', draft.session.ndi ? { clientId } : null);
  const first = progress.data ? firstNdiScore(progress.data.visits, draft.session) : null;
  return <NdiCard draft={draft} first={first} />;
}

interface CardProps {
  draft: NdiDraft;
  /** The client's first score at an earlier visit; null when there is none (or not loaded). */
  first: FirstNdiScore | null;
}

export function NdiCard({ draft, first }: CardProps) {
  const id = useId();
  const { session, editable, update } = draft;
  const answers = session.ndi;
  const score = answers ? scoreNdi(answers) : null;
  const flag = first && score ? ndiChangeFlag(first, score.total) : null;
  const taken = ndiTakenText(session.ndiAt);
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);

  const answer = (index: number, value: number) =>
    update((current) => ({ ndi: withNdiAnswer(current.ndi, index, value) }));
  const clear = () => {
    update({ ndi: null });
    setConfirming(false);
    setOpen(false);
    toggleRef.current?.focus();
  };

  const flagLine = flag && (
    <p
      className={`ndi__flag ndi__flag--${flag.direction}${flag.meaningful ? ' ndi__flag--meaningful' : ''}`}
      role={editable ? 'status' : undefined}
    >
      {flag.text}
    </p>
  );

  return (
    <section className="card record-card ndi" aria-labelledby={`${id}-heading`}>
      <div className="record-card__head">
        <h2 className="card__heading record-card__heading" id={`${id}-heading`}>
          Neck Disability Index
        </h2>
        {taken && <p className="record-card__meta">{taken}</p>}
      </div>
      <div className="ndi__line">
        <p className="ndi__score" role={editable ? 'status' : undefined}>
          {ndiScoreText(answers)}
        </p>
        {flagLine}
        {editable && (
          <button
            ref={toggleRef}
            type="button"
            className="button record-button ndi__toggle"
            aria-expanded={open}
            aria-controls={`${id}-items`}
            onClick={() => setOpen((was) => !was)}
          >
            {open
              ? 'Hide the questionnaire'
              : ndiAnsweredCount(answers) > 0
                ? 'Show answers'
                : 'Fill in the questionnaire'}
          </button>
        )}
      </div>

      {editable ? (
        <div id={`${id}-items`} className="ndi__body" hidden={!open}>
          {open && (
            <>
              <p className="record-note">
                For the client: in each group, choose the one sentence that fits you best today.
              </p>
              <NdiItems id={id} answers={answers} onAnswer={answer} />
              {answers !== null &&
                (confirming ? (
                  <NdiClearConfirm onConfirm={clear} onCancel={() => setConfirming(false)} />
                ) : (
                  <button type="button" className="button record-button" onClick={() => setConfirming(true)}>
                    Clear answers
                  </button>
                ))}
            </>
          )}
        </div>
      ) : (
        answers !== null && (
          <details className="ndi__details">
            <summary>Answers</summary>
            <NdiAnswerList answers={answers} />
          </details>
        )
      )}
    </section>
  );
}
