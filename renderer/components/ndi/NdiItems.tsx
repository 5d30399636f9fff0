/**
 * The ten questions: each a group of six large radio buttons the client can tap on the
 * therapist's screen (arrow keys move within a group), or the chosen answers as text once the
 * session is signed.
 */
import { NDI_ITEMS, type NdiAnswers } from '../../../db/api/ndi';
import { ndiAnswerText, ndiItemName } from './ndi-text';
import './ndi.css';

interface ItemsProps {
  /** Prefix for the radio groups' names (unique on the page). */
  id: string;
  answers: NdiAnswers | null;
  onAnswer: (index: number, value: number) => void;
}

export function NdiItems({ id, answers, onAnswer }: ItemsProps) {
  return (
    <ol className="ndi__items">
      {NDI_ITEMS.map((item, index) => {
        const chosen = answers?.[index] ?? null;
        return (
          <li key={item.topic}>
            <fieldset className="ndi__item">
              <legend className="ndi__legend">{ndiItemName(index)}</legend>
              <div className="ndi__answers">
                {item.answers.map((sentence, value) => (
                  <label key={value} className={`ndi__answer${chosen === value ? ' ndi__answer--chosen' : ''}`}>
                    <input
                      type="radio"
                      className="ndi__radio"
                      name={`${id}-item-${index}`}
                      value={value}
                      checked={chosen === value}
                      onChange={() => onAnswer(index, value)}
                    />
                    <span className="ndi__sentence">{sentence}</span>
                    <span className="ndi__value" aria-hidden="true">
                      {value}
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}

/** The answers as text: each item's topic and the sentence chosen. */
export function NdiAnswerList({ answers }: { answers: NdiAnswers }) {
  return (
    <dl className="ndi__answer-list">
      {NDI_ITEMS.map((item, index) => (
        <div key={item.topic}>
          <dt>{ndiItemName(index)}</dt>
          <dd>{ndiAnswerText(index, answers[index])}</dd>
        </div>
      ))}
    </dl>
  );
}
