/**
 * The printable session note (`#/sessions/:id/note`): a toolbar on screen (back, Print, Export
 * PDF) over the note laid out as paper. The same layout is what prints, what the desktop app
 * saves as a PDF, and what Chromium turns into a PDF in the browser.
 */
import { useMemo, useState } from 'react';
import { ApiError } from '../api/client';
import { useAlert } from '../app/alert';
import { BackLink } from '../components/BackLink';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { NoteDocument, type NoteData } from '../components/session-note/NoteDocument';
import { noteFileName } from '../components/session-note/note-text';
import { PrintToolbar } from '../components/printing/PrintToolbar';
import { desktopPdfExporter, runPdfExport } from '../components/printing/pdf-export';
import { usePaintQueue } from '../components/printing/usePaintQueue';
import { usePrintedPage } from '../components/printing/usePrintedPage';
import { useApiQuery } from '../hooks/useApiQuery';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { fullName } from '../lib/format';

const NO_AMENDMENTS: NoteData['amendments'] = [];

export function SessionNotePage({ id }: { id: string }) {
  const session = useApiQuery('sessions.get', { id });
  const clientId = session.data?.clientId;
  const client = useApiQuery('clients.get', clientId ? { id: clientId } : null);
  const chart = useApiQuery('chart.get', { sessionId: id });
  const settings = useApiQuery('settings.get', {});
  const signed = session.data?.status === 'signed';
  const amendments = useApiQuery('amendments.list', signed ? { sessionId: id } : null);
  const { showError } = useAlert();

  const fileName = session.data && client.data ? noteFileName(fullName(client.data), session.data.startedAt) : null;
  // The browser's "Save as PDF" offers the page title as the file name.
  useDocumentTitle(fileName ? fileName.replace(/\.pdf$/, '') : 'Session note');
  usePrintedPage(settings.data?.paperSize);

  // The chart pictures paint one per frame after loading; printing paints what is left first.
  const queue = usePaintQueue();

  const exporter = useMemo(() => desktopPdfExporter(), []);
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  // One object per load: the document (memoised) does not re-render for the toolbar's state.
  const data = useMemo((): NoteData | null => {
    if (!session.data || !client.data || !chart.data || !settings.data) return null;
    if (signed && !amendments.data) return null;
    // A signed note prints the client, contraindications, practitioner and practice as they
    // were when it was signed, so a reprint years later reads the same.
    const kept = session.data.signedRecord;
    return {
      session: session.data,
      client: kept ? { ...client.data, ...kept.client } : client.data,
      chart: chart.data,
      settings: kept ? { ...settings.data, practitioner: kept.practitioner, practice: kept.practice } : settings.data,
      amendments: amendments.data ?? NO_AMENDMENTS,
    };
  }, [session.data, client.data, chart.data, settings.data, amendments.data, signed]);

  if (!data) {
    const loading = session.loading || client.loading || chart.loading || settings.loading || amendments.loading;
    return (
      <>
        <BackLink href={`/sessions/${id}`}>Back to session</BackLink>
        {loading ? (
          <Loading label="Loading session note…" />
        ) : (
          <EmptyState title="This session note could not be opened" />
        )}
      </>
    );
  }

  const print = () => {
    queue.flush();
    window.print();
  };

  const exportPdf = async () => {
    queue.flush();
    if (!exporter) return window.print(); // the dialog's "Save as PDF" (see the hint)
    setExporting(true);
    setNotice(null);
    const result = await runPdfExport(exporter, {
      suggestedName: fileName ?? 'Session note.pdf',
      paperSize: data.settings.paperSize,
    });
    setExporting(false);
    if (result.status === 'saved') setNotice(`Saved as ${result.filePath}`);
    else if (result.status === 'error') showError(new ApiError('internal', result.message));
  };

  return (
    <div className="session-note printed-page">
      <PrintToolbar
        backHref={`/sessions/${id}`}
        backLabel="Back to session"
        desktop={exporter !== null}
        exporting={exporting}
        notice={notice}
        onPrint={print}
        onExport={() => void exportPdf()}
      />
      <NoteDocument data={data} queue={queue} />
    </div>
  );
}
