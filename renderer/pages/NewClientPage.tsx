import { useLocation } from 'wouter';
import { api } from '../api/client';
import { useAlert } from '../app/alert';
import { BackLink } from '../components/BackLink';
import { ClientForm, type ClientFormResult } from '../components/clients/ClientForm';
import { PageHeader } from '../components/PageHeader';
import { useDocumentTitle } from '../hooks/useDocumentTitle';

export function NewClientPage() {
  useDocumentTitle('New client');
  const [, navigate] = useLocation();
  const { showError, clear } = useAlert();

  const save = async (values: ClientFormResult) => {
    clear();
    try {
      const client = await api.call('clients.create', values);
      navigate(`/clients/${client.id}`, { replace: true });
    } catch (error) {
      showError(error);
    }
  };

  return (
    <>
      <BackLink href="/">Back to client list</BackLink>
      <PageHeader title="New client" />
      <ClientForm onSubmit={save} onCancel={() => navigate('/')} />
    </>
  );
}
