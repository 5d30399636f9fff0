import { useState } from 'react';
import type { SettingsInput } from '../../db/api/contract';
import { api } from '../api/client';
import { useAlert } from '../app/alert';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { AppLockSection } from '../components/settings/AppLockSection';
import { SettingsForm } from '../components/settings/SettingsForm';
import { useApiQuery } from '../hooks/useApiQuery';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import '../components/settings/settings.css';

export function SettingsPage() {
  useDocumentTitle('Settings');
  const settings = useApiQuery('settings.get', {});
  const { showError, clear } = useAlert();
  const [notice, setNotice] = useState('');
  // A new form after each save, so it starts from what was saved.
  const [saved, setSaved] = useState(0);

  const save = async (values: SettingsInput) => {
    clear();
    setNotice('');
    try {
      settings.setData(await api.call('settings.update', values));
      setSaved((n) => n + 1);
      setNotice('Settings saved.');
    } catch (error) {
      showError(error);
    }
  };

  return (
    <>
      <PageHeader title="Settings" />
      <p role="status" className={notice ? 'notice' : 'notice notice--empty'}>
        {notice}
      </p>
      {settings.data ? (
        <SettingsForm key={saved} settings={settings.data} onSubmit={save} />
      ) : settings.loading ? (
        <Loading label="Loading settings…" />
      ) : (
        <EmptyState title="Settings could not be loaded" />
      )}
      <AppLockSection onNotice={setNotice} />
    </>
  );
}
