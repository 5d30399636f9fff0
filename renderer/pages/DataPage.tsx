import { useState } from 'react';
import { BackupsSection } from '../components/data/BackupsSection';
import { EncryptedBackupSection } from '../components/data/EncryptedBackupSection';
import { ExportSection } from '../components/data/ExportSection';
import { PageHeader } from '../components/PageHeader';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import '../components/data/data.css';

/** Backups (automatic, now, encrypted), restoring one, and export and import. */
export function DataPage() {
  useDocumentTitle('Backups and export');
  const [notice, setNotice] = useState('');
  // Bumped after an encrypted backup, so the list shows it.
  const [made, setMade] = useState(0);
  return (
    <>
      <PageHeader title="Backups and export" />
      <p role="status" className={notice ? 'notice' : 'notice notice--empty'}>
        {notice}
      </p>
      <BackupsSection key={made} onNotice={setNotice} />
      <EncryptedBackupSection onNotice={setNotice} onMade={() => setMade((n) => n + 1)} />
      <ExportSection onNotice={setNotice} />
    </>
  );
}
