/**
 * The printable progress report (`#/clients/:id/progress/report`): a toolbar on screen (back,
 * Print, Export PDF) over the report laid out as paper. The same layout is what prints, what the
 * desktop app saves as a PDF, and what Chromium turns into a PDF in the browser.
 */
import { useMemo, useState } from 'react';
import { ApiError } from '../api/client';
import { useAlert } from '../app/alert';
import { BackLink } from '../components/BackLink';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { ProgressReport } from '../components/progress/ProgressReport';
import { hasProgress, progressFileName } from '../components/progress/progress-data';
import { PrintToolbar } from '../components/printing/PrintToolbar';
import { desktopPdfExporter, runPdfExport } from '../components/printing/pdf-export';
import { usePrintedPage } from '../components/printing/usePrintedPage';
import { useApiQuery } from '../hooks/useApiQuery';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { fullName } from '../lib/format';

export function ProgressReportPage({ clientId }: { clientId: string }) {
  const client = useApiQuery('clients.get', { id: clientId });
  const progress = useApiQuery('progress.get', { clientId });
  const settings = useApiQuery('settings.get', {});
  const { showError } = useAlert();
  const backHref = `/clients/${clientId}/progress`;

  // The report's date: the day the page was opened.
  const [today] = useState(() => new Date().toISOString());
  const fileName = client.data ? progressFileName(fullName(client.data), new Date(today)) : null;
  // The browser's "Save as PDF" offers the page title as the file name.
  useDocumentTitle(fileName ? fileName.replace(/\.pdf$/, '') : 'Progress report');
  usePrintedPage(settings.data?.paperSize);

  const exporter = useMemo(() => desktopPdfExporter(), []);
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  if (!client.data || !progress.data || !settings.data) {
    const loading = client.loading || progress.loading || settings.loading;
    return (
      <>
        <BackLink href={backHref}>Back to progress</BackLink>
        {loading ? (
          <Loading label="Loading progress report…" />
        ) : (
          <EmptyState title="This report could not be opened" />
        )}
      </>
    );
  }
  if (!hasProgress(progress.data)) {
    return (
      <>
        <BackLink href={backHref}>Back to progress</BackLink>
        <EmptyState title="Not enough visits for a progress report yet">
          A progress report needs at least two visits.
        </EmptyState>
      </>
    );
  }

  const paperSize = settings.data.paperSize;
  const exportPdf = async () => {
    if (!exporter) return window.print(); // the dialog's "Save as PDF" (see the hint)
    setExporting(true);
    setNotice(null);
    const result = await runPdfExport(exporter, { suggestedName: fileName ?? 'Progress report.pdf', paperSize });
    setExporting(false);
    if (result.status === 'saved') setNotice(`Saved as ${result.filePath}`);
    else if (result.status === 'error') showError(new ApiError('internal', result.message));
  };

  return (
    <div className="progress-report-page printed-page">
      <PrintToolbar
        backHref={backHref}
        backLabel="Back to progress"
        desktop={exporter !== null}
        exporting={exporting}
        notice={notice}
        onPrint={() => window.print()}
        onExport={() => void exportPdf()}
      />
      <ProgressReport
        key={clientId}
        progress={progress.data}
        client={client.data}
        settings={settings.data}
        today={today}
      />
    </div>
  );
}
