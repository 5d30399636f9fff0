/**
 * The home-care handout, the sheet the client takes home: `{ sessionId }` shows what the
 * session's current plan would print (Print and Export PDF record it as given first);
 * `{ handoutId }` prints a recorded handout again from the copy kept when it was given. One
 * layout for the screen, the printer and the PDF (components/handout/HandoutSheet.tsx).
 */
import { HandoutPreview } from '../components/handout/HandoutPreview';
import { RecordedHandout } from '../components/handout/RecordedHandout';

export type HandoutPageProps = { sessionId: string } | { handoutId: string };

export function HandoutPage(props: HandoutPageProps) {
  return 'handoutId' in props ? (
    <RecordedHandout key={props.handoutId} handoutId={props.handoutId} />
  ) : (
    <HandoutPreview key={props.sessionId} sessionId={props.sessionId} />
  );
}
