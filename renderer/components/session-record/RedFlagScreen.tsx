/**
 * The red-flag screen, asked at the start of the session: each question answered yes or no, or
 * all no at once. Any yes shows the "refer to a physician" alert. The questions fold away once
 * the screen is done with every answer no (open until then).
 */
import { useId, useState } from 'react';
import { positiveRedFlags, RED_FLAG_IDS, RED_FLAGS, type RedFlagId } from '../../../db/api/clinical';
import type { Session } from '../../../db/api/contract';
import { formatTime } from '../../lib/format';
import { ReferralAlert } from './ReferralAlert';
import type { SessionDraft } from './useSessionDraft';
import './session-record.css';

interface Props {
  draft: Pick<SessionDraft, 'session' | 'editable' | 'update'>;
  editable?: boolean;
}

function stateText(answers: Session['redFlags']): string {
  const answered = RED_FLAG_IDS.filter((id) => answers[id] !== undefined).length;
  const yes = positiveRedFlags(answers).length;
  if (yes > 0) return `${yes} answered yes: refer before treating`;
  if (answered === 0) return 'Not asked yet';
  if (answered < RED_FLAG_IDS.length) return `${answered} of ${RED_FLAG_IDS.length} answered, all no so far`;
  return 'All no';
}

const answerWords = (answer: boolean | undefined) => (answer === undefined ? 'Not asked' : answer ? 'Yes' : 'No');

export function RedFlagScreen({ draft, editable = draft.editable }: Props) {
  const id = useId();
  const { session, update } = draft;
  const answers = session.redFlags;
  const anyYes = positiveRedFlags(answers).length > 0;
  const allNo = !anyYes && RED_FLAG_IDS.every((flag) => answers[flag] === false);
  const [open, setOpen] = useState(() => !(allNo && session.redFlagsScreenedAt !== null));
  const screened = session.redFlagsScreenedAt;

  const answer = (flag: RedFlagId, value: boolean) => update({ redFlags: { [flag]: value } });
  const answerAllNo = () => update({ redFlags: Object.fromEntries(RED_FLAG_IDS.map((flag) => [flag, false])) });

  return (
    <section className="card record-card red-flags" aria-labelledby={`${id}-heading`}>
      <div className="record-card__head">
        <h2 className="card__heading record-card__heading" id={`${id}-heading`}>
          Red-flag screen
        </h2>
        {screened && (
          <p role="status" className="record-card__meta">
            Screened at <time dateTime={screened}>{formatTime(screened)}</time>
          </p>
        )}
      </div>
      <ReferralAlert session={session} />
      <details className="red-flags__details" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="red-flags__summary">
          Questions <span className="red-flags__state">({stateText(answers)})</span>
        </summary>
        {editable ? (
          <>
            <p className="record-note">Ask at the start of the session. Any yes: refer to a physician first.</p>
            <div className="red-flags__list">
              {RED_FLAGS.map((flag) => {
                const value = answers[flag.id];
                const name = `${id}-${flag.id}`;
                return (
                  <fieldset
                    key={flag.id}
                    className={`red-flags__question${value === true ? ' red-flags__question--yes' : ''}`}
                  >
                    <legend className="red-flags__legend">{flag.question}</legend>
                    <span className="red-flags__answers">
                      <label className="choice">
                        <input
                          type="radio"
                          name={name}
                          checked={value === true}
                          onChange={() => answer(flag.id, true)}
                        />
                        Yes
                      </label>
                      <label className="choice">
                        <input
                          type="radio"
                          name={name}
                          checked={value === false}
                          onChange={() => answer(flag.id, false)}
                        />
                        No
                      </label>
                    </span>
                  </fieldset>
                );
              })}
            </div>
            {!anyYes && (
              <button type="button" className="button record-button" onClick={answerAllNo}>
                All no
              </button>
            )}
          </>
        ) : (
          <dl className="red-flags__list">
            {RED_FLAGS.map((flag) => (
              <div key={flag.id} className="red-flags__question">
                <dt className="red-flags__legend">{flag.question}</dt>
                <dd className="red-flags__answer-text">{answerWords(answers[flag.id])}</dd>
              </div>
            ))}
          </dl>
        )}
      </details>
    </section>
  );
}
