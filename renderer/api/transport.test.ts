import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KnotbookBridge } from '../../db/api/contract';
import { ApiError, createApi } from './client';
import { UNREACHABLE_MESSAGE } from './envelope';
import { httpTransport, pickTransport, tokenFromUrl } from './transport';

afterEach(() => vi.unstubAllGlobals());

function fakeWindow(href: string, knotbook?: KnotbookBridge): Window {
  return { location: { href }, knotbook } as unknown as Window;
}

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('tokenFromUrl', () => {
  it('reads ?token= and ignores the hash route', () => {
    expect(tokenFromUrl('http://127.0.0.1:1234/?token=abc#/clients/1')).toBe('abc');
    expect(tokenFromUrl('app://knotbook/index.html#/')).toBe('');
  });
});

describe('pickTransport', () => {
  it('uses the Electron bridge when the preload exposed it', async () => {
    const call = vi.fn(async () => ({ ok: true as const, value: [] }));
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const transport = pickTransport(fakeWindow('app://knotbook/index.html', { call }));
    await expect(transport('clients.list', {})).resolves.toEqual({ ok: true, value: [] });
    expect(call).toHaveBeenCalledWith('clients.list', {});
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('posts to /api/call with the page token otherwise', async () => {
    const fetchSpy = vi.fn(async () => jsonResponse({ ok: true, value: 1 }));
    vi.stubGlobal('fetch', fetchSpy);
    const transport = pickTransport(fakeWindow('http://127.0.0.1:1234/?token=abc#/clients/x'));
    await expect(transport('clients.get', { id: 'x' })).resolves.toEqual({ ok: true, value: 1 });
    expect(fetchSpy).toHaveBeenCalledWith(
      '/api/call',
      expect.objectContaining({
        method: 'POST',
        body: JSON.stringify({ op: 'clients.get', input: { id: 'x' } }),
        headers: expect.objectContaining({ Authorization: 'Bearer abc' }) as unknown,
      }),
    );
  });
});

describe('httpTransport', () => {
  it('reads the envelope of an error status', async () => {
    const error = { code: 'not_found', message: 'This client does not exist.' };
    vi.stubGlobal('fetch', async () => jsonResponse({ ok: false, error }, 404));
    await expect(httpTransport('t')('clients.get', {})).resolves.toEqual({ ok: false, error });
  });

  it('turns a failed fetch or a body that is not JSON into a plain message', async () => {
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(httpTransport('t')('app.info', {})).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: UNREACHABLE_MESSAGE },
    });
    vi.stubGlobal('fetch', async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(httpTransport('t')('app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('api.call', () => {
  it('returns the value or throws an ApiError with the message', async () => {
    const api = createApi(
      () => async (op) =>
        op === 'app.info'
          ? { ok: true, value: { appVersion: '1', schemaVersion: 1, databasePath: 'x' } }
          : { ok: false, error: { code: 'not_found', message: 'This client does not exist.' } },
    );
    await expect(api.call('app.info', {})).resolves.toMatchObject({ appVersion: '1' });
    const failure = api.call('clients.get', { id: 'x' });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ code: 'not_found', message: 'This client does not exist.' });
  });
});
