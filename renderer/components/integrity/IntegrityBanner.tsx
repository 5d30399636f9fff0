/**
 * The app-wide warning about the database file. The full check of the file runs in the
 * background after opening (db/integrity.ts). When it finds damage, the API refuses every change,
 * and this banner says why and what to do. When it finds the file changed outside Knotbook (the
 * audit log, or a safeguard removed), the banner says what and when; the file stays in use.
 * Nothing shows while the check runs or when it is ok.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { api } from '../../api/client';
import { pollIntegrity, reportOf, type IntegrityReport } from './poll';
import { tamperSentences } from './tamper-text';
import './integrity.css';

function Alert({ children }: { children: ReactNode }) {
  return (
    <div role="alert" className="integrity-banner">
      <svg className="integrity-banner__icon" viewBox="0 0 20 20" aria-hidden="true">
        <path d="M10 2.5 18 17H2z" />
        <path d="M10 8v4.5M10 14.6v.4" />
      </svg>
      <p className="integrity-banner__text">{children}</p>
    </div>
  );
}

/**
 * Nothing at all unless the file is damaged or was changed outside Knotbook; then an alert, which
 * screen readers announce as it appears (the page already has one live alert region for errors:
 * a second, empty one would only add noise).
 */
export function IntegrityNotice({ state, tamper }: IntegrityReport) {
  if (state === 'damaged') {
    return (
      <Alert>
        <strong>Knotbook found damage in this database file.</strong> It is not saving any changes to the file now. Your
        records are still shown. Close Knotbook and restore the file from a backup.
      </Alert>
    );
  }
  if (state === 'tampered') {
    const found = tamper ? tamperSentences(tamper) : [];
    return (
      <Alert>
        <strong>This database file was changed outside Knotbook.</strong> {found.join(' ')}
        {found.length > 0 ? ' ' : ''}
        Your records are still shown and Knotbook keeps saving your work. If nobody you trust made this change, keep a
        copy of this file and restore a backup made before then.
      </Alert>
    );
  }
  return null;
}

export function IntegrityBanner() {
  const [report, setReport] = useState<IntegrityReport>({ state: 'checking' });
  useEffect(() => pollIntegrity(async () => reportOf(await api.call('app.info', {})), setReport), []);
  return <IntegrityNotice {...report} />;
}
