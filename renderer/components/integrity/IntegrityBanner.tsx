/**
 * The app-wide warning that the database file is damaged. The full check of the file runs in the
 * background after opening (db/integrity.ts); once it finds damage, the API refuses every change,
 * and this banner says why and what to do. Nothing shows while the check runs or when it is ok.
 */
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { pollIntegrity, type IntegrityState } from './poll';
import './integrity.css';

/**
 * Nothing at all unless the file is damaged; then an alert, which screen readers announce as it
 * appears (the page already has one live alert region for errors: a second, empty one would
 * only add noise).
 */
export function IntegrityNotice({ state }: { state: IntegrityState }) {
  if (state !== 'damaged') return null;
  return (
    <div role="alert" className="integrity-banner">
      <svg className="integrity-banner__icon" viewBox="0 0 20 20" aria-hidden="true">
        <path d="M10 2.5 18 17H2z" />
        <path d="M10 8v4.5M10 14.6v.4" />
      </svg>
      <p className="integrity-banner__text">
        <strong>Knotbook found damage in this database file.</strong> It is not saving any changes to the file now. Your
        records are still shown. Close Knotbook and restore the file from a backup.
      </p>
    </div>
  );
}

export function IntegrityBanner() {
  const [state, setState] = useState<IntegrityState>('checking');
  useEffect(() => pollIntegrity(async () => (await api.call('app.info', {})).integrity, setState), []);
  return <IntegrityNotice state={state} />;
}
