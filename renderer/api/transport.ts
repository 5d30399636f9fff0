/**
 * The two ways the renderer reaches the API. Both return an envelope and never throw.
 *
 * - Electron: the preload exposes `window.knotbook.call(op, input)` (one IPC channel).
 * - Browser (development and end-to-end tests): `POST /api/call` on the page's own origin with
 *   `{ op, input }` and the token from the page URL's `?token=` as a Bearer token.
 */
import type { Envelope, KnotbookBridge } from '../../db/api/contract';
import { UNREACHABLE_MESSAGE, failure, toEnvelope } from './envelope';

/** The untyped call both transports implement; the typed client sits on top. */
export type Transport = (op: string, input: unknown) => Promise<Envelope<unknown>>;

export function ipcTransport(bridge: KnotbookBridge): Transport {
  return async (op, input) => {
    try {
      return toEnvelope(await bridge.call(op, input));
    } catch {
      return failure('internal', UNREACHABLE_MESSAGE);
    }
  };
}

/** The `?token=` of the page URL (the hash, used for routing, is separate). */
export function tokenFromUrl(href: string): string {
  try {
    return new URL(href).searchParams.get('token') ?? '';
  } catch {
    return '';
  }
}

export function httpTransport(token: string, endpoint = '/api/call'): Transport {
  return async (op, input) => {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ op, input }),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch {
      return failure('internal', UNREACHABLE_MESSAGE);
    }
    // Errors come back as 4xx/5xx with an envelope body: read the body whatever the status.
    try {
      return toEnvelope(await response.json());
    } catch {
      return failure('internal', UNREACHABLE_MESSAGE);
    }
  };
}

/** IPC when the Electron preload is present, HTTP otherwise. */
export function pickTransport(win: Window = window): Transport {
  const bridge = win.knotbook;
  if (bridge && typeof bridge.call === 'function') return ipcTransport(bridge);
  return httpTransport(tokenFromUrl(win.location.href));
}
