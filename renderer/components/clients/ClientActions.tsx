import { useState } from 'react';
import { useLocation } from 'wouter';
import type { Client } from '../../../db/api/contract';
import { api } from '../../api/client';
import { useAlert } from '../../app/alert';
import { downloadExport } from '../data/download';

interface Props {
  client: Client;
  onChanged: (client: Client, notice: string) => void;
  /** Opens the new-session form (start time and duration). */
  onNewSession: () => void;
}

/** Edit, export, archive or restore, and start a new session. */
export function ClientActions({ client, onChanged, onNewSession }: Props) {
  const [, navigate] = useLocation();
  const { showError, clear } = useAlert();
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    clear();
    try {
      await work();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  const archive = () =>
    run(async () => {
      const updated = await api.call('clients.archive', { id: client.id });
      onChanged(updated, 'Client archived. They are hidden from the client list until restored.');
    });
  const restore = () =>
    run(async () => {
      const updated = await api.call('clients.restore', { id: client.id });
      onChanged(updated, 'Client restored.');
    });

  const exportRecord = () =>
    run(async () => {
      const file = await api.call('export.client', { clientId: client.id, format: 'json' });
      downloadExport(file);
      onChanged(client, `Exported this client’s whole record as ${file.fileName}.`);
    });

  return (
    <>
      <button type="button" className="button button--primary" disabled={busy} onClick={onNewSession}>
        New session
      </button>
      <button type="button" className="button" onClick={() => navigate(`/clients/${client.id}/edit`)}>
        Edit client
      </button>
      <button type="button" className="button" aria-disabled={busy} onClick={() => void exportRecord()}>
        Export record
      </button>
      {client.archived ? (
        // One button that changes its job, so keyboard focus stays on it.
        <button type="button" className="button" aria-disabled={busy} onClick={() => void restore()}>
          Restore client
        </button>
      ) : (
        <button type="button" className="button" aria-disabled={busy} onClick={() => void archive()}>
          Archive client
        </button>
      )}
    </>
  );
}
