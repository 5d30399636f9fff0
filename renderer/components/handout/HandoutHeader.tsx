import type { HandoutContent } from '../../../db/api/contract';
import { PracticeLetterhead } from '../printing/PracticeLetterhead';
import { formatDay } from './handout-text';

/** The practice's letterhead, the title, whose sheet this is and from which session. */
export function HandoutHeader({ content }: { content: HandoutContent }) {
  return (
    <header className="handout-header">
      <PracticeLetterhead practice={content.practice} practitioner={{ ...content.practitioner, registration: '' }} />
      <h1 className="handout-title">Your home care</h1>
      <dl className="handout-facts">
        <div>
          <dt>For</dt>
          <dd className="handout-facts__client">
            <bdi>{content.clientName}</bdi>
          </dd>
        </div>
        <div>
          <dt>From your session on</dt>
          <dd>
            <time dateTime={content.sessionStartedAt}>{formatDay(content.sessionStartedAt)}</time>
          </dd>
        </div>
      </dl>
    </header>
  );
}
