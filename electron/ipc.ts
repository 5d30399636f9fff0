/**
 * The IPC adapter of the API: one channel, one handler. Every call is answered by db/api's
 * dispatch() with its envelope; a call from anything but our own top-level page is refused.
 * Nothing here logs operation names, inputs or results (they are health data).
 */
import type { IpcMain } from 'electron';
import { IPC_CHANNEL, type Envelope } from '../db/api/contract';
import { dispatchAsync } from '../db/api/dispatch';
import { isTrustedSender } from './security';

type ApiContext = Parameters<typeof dispatchAsync>[0];

const REFUSED: Envelope<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'This request did not come from the Knotbook window, so it was refused.' },
};

export function registerApi(ipcMain: IpcMain, ctx: ApiContext): void {
  ipcMain.handle(IPC_CHANNEL, async (event, op: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event.senderFrame)) return REFUSED;
    return dispatchAsync(ctx, op, input);
  });
}
