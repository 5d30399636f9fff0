/**
 * The "refer to a physician" alert: shown when any red-flag answer is yes, with the positive
 * items and when the alert was first raised. Nothing when every answer is no. Usable alone (the
 * client page, the session header).
 */
import { positiveRedFlags, RED_FLAG_SHORT } from '../../../db/api/clinical';
import type { Session } from '../../../db/api/contract';
import { formatDateTime } from '../../lib/format';
import './session-record.css';

interface Props {
  session: Pick<Session, 'redFlags' | 'referralAlertAt'>;
  /** One line, for a header. */
  compact?: boolean;
}

export function ReferralAlert({ session, compact = false }: Props) {
  const positive = positiveRedFlags(session.redFlags);
  if (positive.length === 0) return null;
  const items = positive.map((id) => RED_FLAG_SHORT[id]);
  const raised = session.referralAlertAt;

  if (compact) {
    return (
      <p role="alert" className="referral-alert referral-alert--compact">
        <strong>Refer to a physician before treating</strong>
        <span>: {items.join('; ')}.</span>
      </p>
    );
  }
  return (
    <div role="alert" className="referral-alert">
      <svg className="referral-alert__icon" viewBox="0 0 20 20" aria-hidden="true">
        <path d="M10 2.5 18.5 17h-17Z" />
        <path d="M10 8v4.5M10 14.5v.5" />
      </svg>
      <div>
        <p className="referral-alert__title">Refer to a physician before treating</p>
        <p>The red-flag screen found:</p>
        <ul className="referral-alert__items">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        {raised && (
          <p className="referral-alert__time">
            Raised <time dateTime={raised}>{formatDateTime(raised)}</time>
          </p>
        )}
      </div>
    </div>
  );
}
