/**
 * Measures: pain before and after treatment (0-10, with its band and the change), and the
 * neck's range of motion in degrees beside the usual young-adult values.
 */
import { useId } from 'react';
import { CERVICAL_ROM } from '../../../db/api/clinical';
import { NumberField } from './NumberField';
import type { SessionDraft } from './useSessionDraft';
import { painChange, painWords } from './values';
import './session-record.css';

interface Props {
  draft: Pick<SessionDraft, 'session' | 'editable' | 'update' | 'flush'>;
  editable?: boolean;
}

const PAIN = [
  { key: 'painBefore', label: 'Pain before treatment' },
  { key: 'painAfter', label: 'Pain after treatment' },
] as const;

const score = (value: number | null) => (value === null ? 'Not recorded' : `${value} of 10 (${painWords(value)})`);
const degrees = (value: number | null) => (value === null ? 'Not measured' : `${value}°`);

export function Measures({ draft, editable = draft.editable }: Props) {
  const id = useId();
  const { session, update } = draft;
  const flush = () => void draft.flush();
  const change = painChange(session.painBefore, session.painAfter);

  return (
    <section className="card record-card measures" aria-labelledby={`${id}-heading`}>
      <h2 className="card__heading record-card__heading" id={`${id}-heading`}>
        Measures
      </h2>
      <div className="measures__groups">
        <fieldset className="record-group">
          <legend className="record-group__legend">Pain, 0 to 10</legend>
          {editable ? (
            <div className="record-row">
              {PAIN.map(({ key, label }) => (
                <NumberField
                  key={key}
                  id={`${id}-${key}`}
                  label={label}
                  value={session[key]}
                  min={0}
                  max={10}
                  unit="/ 10"
                  onChange={(value) => update({ [key]: value })}
                  onBlur={flush}
                >
                  <span className="measures__band">{painWords(session[key])}</span>
                </NumberField>
              ))}
            </div>
          ) : (
            <dl className="record-facts">
              {PAIN.map(({ key, label }) => (
                <div key={key}>
                  <dt>{label}</dt>
                  <dd>{score(session[key])}</dd>
                </div>
              ))}
            </dl>
          )}
          <p role="status" className={`measures__change${change?.noticeable ? ' measures__change--noticeable' : ''}`}>
            {change && `Change: ${change.text}.`}
          </p>
        </fieldset>

        <fieldset className="record-group">
          <legend className="record-group__legend">Neck range of motion, degrees</legend>
          {editable ? (
            <div className="measures__rom">
              {CERVICAL_ROM.map(({ key, label, normal }) => (
                <NumberField
                  key={key}
                  id={`${id}-rom-${key}`}
                  label={label}
                  hint={`usual about ${normal}°`}
                  value={session.rom[key]}
                  min={0}
                  max={180}
                  unit="°"
                  onChange={(value) => update({ rom: { [key]: value } })}
                  onBlur={flush}
                />
              ))}
            </div>
          ) : (
            <dl className="record-facts measures__rom">
              {CERVICAL_ROM.map(({ key, label, normal }) => (
                <div key={key}>
                  <dt>{label}</dt>
                  <dd>
                    {degrees(session.rom[key])} <span className="record-muted">(usual about {normal}°)</span>
                  </dd>
                </div>
              ))}
            </dl>
          )}
          <p className="record-note">The usual values are for young adults; range is lower with age.</p>
        </fieldset>
      </div>
    </section>
  );
}
