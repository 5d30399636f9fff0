/**
 * The words of the printed session note: pain and range-of-motion measures,
 * the red-flag screen, signatures and the PDF's file name. Pure functions (tested in Node); the
 * components only lay them out.
 */
import {
  CERVICAL_ROM,
  MEANINGFUL_PAIN_CHANGE,
  PERPETUATING_FACTORS,
  RED_FLAG_IDS,
  RED_FLAG_SHORT,
  painBand,
  positiveRedFlags,
  type CervicalRom,
  type PerpetuatingFactorId,
} from '../../../db/api/clinical';
import { localToday, type Session } from '../../../db/api/contract';
import { fileNamePart } from '../../../db/api/file-name';
import { formatDateTime } from '../../lib/format';
import { typed, type PrintedLine } from '../printing/printed-text';

const score = (value: number) => `${value}/10 (${painBand(value)})`;

/** "Before 6/10 (moderate) → after 3/10 (mild): 3 points lower, a change the client can feel." */
export function painSummary(before: number | null, after: number | null): string {
  if (before === null && after === null) return 'Not recorded';
  if (before === null) return `Before: not recorded → after ${score(after as number)}`;
  if (after === null) return `Before ${score(before)} → after: not recorded`;
  const change = after - before;
  const size = Math.abs(change);
  const moved =
    change === 0
      ? 'no change'
      : `${size} point${size === 1 ? '' : 's'} ${change < 0 ? 'lower' : 'higher'}` +
        (size >= MEANINGFUL_PAIN_CHANGE ? ', a change the client can feel' : '');
  return `Before ${score(before)} → after ${score(after)}: ${moved}`;
}

export interface RomRow {
  key: keyof CervicalRom;
  label: string;
  measured: number;
  usual: number;
}

/** The movements that were measured, in the usual order, each with its usual range. */
export function romRows(rom: CervicalRom): RomRow[] {
  return CERVICAL_ROM.flatMap(({ key, label, normal }) => {
    const measured = rom[key];
    return measured === null || measured === undefined ? [] : [{ key, label, measured, usual: normal }];
  });
}

export function perpetuatingLabels(ids: readonly PerpetuatingFactorId[]): string[] {
  return PERPETUATING_FACTORS.filter((f) => ids.includes(f.id)).map((f) => f.label);
}

export type RedFlagSummary =
  | { state: 'not_screened'; text: string }
  | { state: 'clear'; text: string; at: string | null }
  | { state: 'positive'; text: string; items: string[]; at: string | null };

export function redFlagSummary(
  session: Pick<Session, 'redFlags' | 'redFlagsScreenedAt' | 'referralAlertAt'>,
): RedFlagSummary {
  const positives = positiveRedFlags(session.redFlags);
  if (positives.length > 0) {
    return {
      state: 'positive',
      text: 'Red flag found: refer to a physician',
      items: positives.map((id) => RED_FLAG_SHORT[id]),
      at: session.referralAlertAt ?? session.redFlagsScreenedAt,
    };
  }
  const asked = Object.keys(session.redFlags).length > 0;
  if (!asked && session.redFlagsScreenedAt === null) return { state: 'not_screened', text: 'Not screened' };
  const answered = RED_FLAG_IDS.filter((id) => session.redFlags[id] !== undefined).length;
  const text =
    answered === RED_FLAG_IDS.length
      ? 'Screened: no warning signs'
      : `Partly screened: ${answered} of ${RED_FLAG_IDS.length} questions answered, all no`;
  return { state: 'clear', text, at: session.redFlagsScreenedAt };
}

/** "Signed by Jo Park on Sat 21 Nov 2026, 10:45 AM" (the name as typed), or null while unsigned. */
export function signatureLine(signedBy: string | null, signedAt: string | null): PrintedLine | null {
  if (!signedBy || !signedAt) return null;
  return ['Signed by ', typed(signedBy), ` on ${formatDateTime(signedAt)}`];
}

/** "Session note - Ana Silva - 2026-11-21.pdf" (the session's local date; no direction controls). */
export function noteFileName(clientName: string, startedAt: string): string {
  const date = new Date(startedAt);
  const day = Number.isNaN(date.getTime()) ? '' : ` - ${localToday(date)}`;
  return `Session note - ${fileNamePart(clientName) || 'client'}${day}.pdf`;
}

/** Text the therapist left empty prints as "Not recorded". */
export function orNotRecorded(text: string): string {
  return text.trim() === '' ? 'Not recorded' : text;
}
