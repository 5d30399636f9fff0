/**
 * What the background check found changed outside Knotbook, in plain words for the banner: which
 * audit entry breaks the chain (its time on this computer's clock and its number), and which of
 * Knotbook's safeguards in the file are gone.
 */
import { format } from 'date-fns';
import type { IntegrityTamper } from '../../../db/api/contract';
import { formatTime } from '../../lib/format';

/** "21 Nov 2026 at 14:02" (or "at 2:02 PM", following the computer's clock setting). */
function recordedOn(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'at an unreadable time';
  return `on ${format(date, 'd MMM yyyy')} at ${formatTime(iso)}`;
}

/** "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** One sentence per thing found, in the order: the audit log, then the safeguards. */
export function tamperSentences(tamper: IntegrityTamper): string[] {
  const sentences: string[] = [];
  const found = tamper.auditBreak;
  if (found) {
    const entry = `the entry recorded ${recordedOn(found.at)} (number ${found.entryId})`;
    sentences.push(
      found.reason === 'changed'
        ? `In the audit log, ${entry} is not as Knotbook wrote it.`
        : `In the audit log, ${entry} does not follow the one before it: an entry before it was removed or changed.`,
    );
  }
  const { safeguards } = tamper;
  if (safeguards.length === 1) {
    sentences.push(
      `A safeguard Knotbook keeps in the file was removed or altered: the one that protects ${safeguards[0]}.`,
    );
  } else if (safeguards.length > 1) {
    sentences.push(
      `Safeguards Knotbook keeps in the file were removed or altered: those that protect ${listed(safeguards)}.`,
    );
  }
  return sentences;
}
