/**
 * The lock screen's words after a refused passphrase: the API says the wait in its message
 * ("That passphrase is not right. Wait 8 seconds before trying again."); the screen shows the
 * first part as the problem and counts the wait down itself, in the same words.
 */
import { waitSentence } from '../../../db/api/contract';

const TRAILING_WAIT = /\s*Wait \d+ seconds? before trying again\.$/;

/** The refusal without its wait sentence (the screen says the wait itself, counting down). */
export function withoutWait(message: string): string {
  return message.replace(TRAILING_WAIT, '');
}

/** What the screen says while the wait runs: "Wait 8 seconds before trying again."; '' when none. */
export function waitWords(seconds: number): string {
  return seconds > 0 ? waitSentence(seconds) : '';
}
