/**
 * The one place API errors are shown: a role="alert" region at the top of the main area.
 * A message belongs to the screen it was raised on and disappears when the therapist moves on.
 */
import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { errorMessage } from '../api/client';

interface AlertState {
  message: string;
  location: string;
}

interface AlertApi {
  /** Show an error (an ApiError's own message, or a plain fallback). */
  showError: (error: unknown) => void;
  clear: () => void;
}

const AlertContext = createContext<AlertApi | null>(null);
const MessageContext = createContext<string | null>(null);

export function AlertProvider({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const [state, setState] = useState<AlertState | null>(null);

  const showError = useCallback((error: unknown) => setState({ message: errorMessage(error), location }), [location]);
  const clear = useCallback(() => setState(null), []);
  const alertApi = useMemo(() => ({ showError, clear }), [showError, clear]);
  const message = state && state.location === location ? state.message : null;

  return (
    <AlertContext value={alertApi}>
      <MessageContext value={message}>{children}</MessageContext>
    </AlertContext>
  );
}

export function useAlert(): AlertApi {
  const value = use(AlertContext);
  if (!value) throw new Error('useAlert must be used inside <AlertProvider>');
  return value;
}

/**
 * The role="alert" element is always in the page (so screen readers announce new text) and
 * holds the message only; the Dismiss button sits beside it.
 */
export function AlertRegion() {
  const message = use(MessageContext);
  const { clear } = useAlert();
  return (
    <div className={message ? 'alert' : 'alert alert--empty'}>
      {message && (
        <svg className="alert__icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="10" cy="10" r="9" />
          <path d="M10 5.5v5.5M10 13.5v1" />
        </svg>
      )}
      <p role="alert" className="alert__message">
        {message}
      </p>
      {message && (
        <button type="button" className="button button--quiet alert__dismiss" onClick={clear}>
          Dismiss
        </button>
      )}
    </div>
  );
}
