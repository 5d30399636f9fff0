import type { Settings } from '../../../db/api/contract';
import { practiceHeader } from './practice-header';
import { PrintedText } from './PrintedText';
import './printing.css';

/** The practice's name over its address, contact and practitioner, as every printed page opens (typed text isolated). */
export function PracticeLetterhead(props: Pick<Settings, 'practice' | 'practitioner'>) {
  const practice = practiceHeader(props);
  return (
    <div className="print-practice">
      <p className="print-practice__name">
        <bdi>{practice.title}</bdi>
      </p>
      {practice.lines.map((line, i) => (
        <p key={i} className="print-practice__line">
          <PrintedText line={line} />
        </p>
      ))}
    </div>
  );
}
