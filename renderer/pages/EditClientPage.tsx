import { useLocation } from 'wouter';
import { api } from '../api/client';
import { useAlert } from '../app/alert';
import { BackLink } from '../components/BackLink';
import { ClientForm, type ClientFormResult } from '../components/clients/ClientForm';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { useApiQuery } from '../hooks/useApiQuery';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { fullName } from '../lib/format';

export function EditClientPage({ id }: { id: string }) {
  const [, navigate] = useLocation();
  const { showError, clear } = useAlert();
  const client = useApiQuery('clients.get', { id });
  useDocumentTitle(client.data ? `Edit ${fullName(client.data)}` : 'Edit client');
  const clientHref = `/clients/${id}`;

  const save = async (values: ClientFormResult) => {
    clear();
    try {
      await api.call('clients.update', { id, ...values });
      navigate(clientHref, { replace: true });
    } catch (error) {
      showError(error);
    }
  };

  return (
    <>
      <BackLink href={clientHref}>{client.data ? `Back to ${fullName(client.data)}` : 'Back to client'}</BackLink>
      <PageHeader title="Edit client" subtitle={client.data && fullName(client.data)} />
      {client.data ? (
        <ClientForm client={client.data} onSubmit={save} onCancel={() => navigate(clientHref)} />
      ) : client.loading ? (
        <Loading label="Loading client…" />
      ) : (
        <EmptyState title="This client could not be opened" />
      )}
    </>
  );
}
