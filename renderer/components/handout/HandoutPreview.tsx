/**
 * The handout of a session's current plan (`#/sessions/:id/handout`). Print and Export PDF
 * first record the handout as given (`handouts.create`, with a copy of what it shows), then
 * print that recorded copy, so the paper and the record always match.
 */
import { useState } from 'react';
import { flushSync } from 'react-dom';
import type { Handout, HandoutFormat } from '../../../db/api/contract';
import { ApiError, api } from '../../api/client';
import { useAlert } from '../../app/alert';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatDateTime } from '../../lib/format';
import { PrintToolbar } from '../printing/PrintToolbar';
import { HandoutSheet } from './HandoutSheet';
import { HandoutUnavailable } from './HandoutUnavailable';
import { PAPER_LABEL } from './handout-text';
import { useHandoutOutput } from './useHandoutOutput';

export function HandoutPreview({ sessionId }: { sessionId: string }) {
  const preview = useApiQuery('handouts.preview', { sessionId });
  const [given, setGiven] = useState<Handout | null>(null);
  const content = given?.content ?? preview.data ?? null;
  const { queue, desktop, output } = useHandoutOutput(content);
  const { showError } = useAlert();
  const [busy, setBusy] = useState<HandoutFormat | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const backHref = `/sessions/${sessionId}`;

  if (!content) return <HandoutUnavailable backHref={backHref} backLabel="Back to session" loading={preview.loading} />;

  const give = async (format: HandoutFormat) => {
    if (busy) return;
    setBusy(format);
    setNotice(null);
    try {
      const handout = await api.call('handouts.create', { sessionId, format, fileName: null });
      // The sheet shows the recorded copy (pictures queued) before anything prints.
      flushSync(() => setGiven(handout));
      const recorded = `Recorded as given on ${formatDateTime(handout.givenAt)}.`;
      const result = await output(format, handout.content ?? content);
      if (result?.status === 'saved') setNotice(`${recorded} Saved as ${result.filePath}`);
      else if (result?.status === 'cancelled') setNotice(`${recorded} The PDF was not saved.`);
      else setNotice(recorded);
      if (result?.status === 'error') showError(new ApiError('internal', result.message));
    } catch (error) {
      showError(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="handout printed-page">
      <PrintToolbar
        backHref={backHref}
        backLabel="Back to session"
        desktop={desktop}
        printing={busy === 'print'}
        exporting={busy === 'pdf'}
        notice={notice}
        onPrint={() => void give('print')}
        onExport={() => void give('pdf')}
      >
        {PAPER_LABEL[content.paperSize]} ·{' '}
        {given ? `Given on ${formatDateTime(given.givenAt)}` : 'Not given yet: Print and Export PDF record it as given'}
      </PrintToolbar>
      <HandoutSheet content={content} queue={queue} />
    </div>
  );
}
