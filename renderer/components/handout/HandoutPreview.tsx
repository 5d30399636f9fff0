/**
 * The handout of a session's current plan (`#/sessions/:id/handout`). Print (and, in a browser,
 * Export PDF, which goes through the print dialog) first records the handout as given
 * (`handouts.create`, with a copy of what it shows), then prints that recorded copy, so the paper
 * and the record match. In the desktop app, Export PDF saves the file first and records the
 * handout, with its file name, only once it is saved. A checkbox (on screen only) adds the
 * referral atlas's zones of the points to the sheet, and to the copy recorded.
 */
import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { EMPTY_PLAN_MESSAGE, type Handout, type HandoutFormat } from '../../../db/api/contract';
import { ApiError, api } from '../../api/client';
import { useAlert } from '../../app/alert';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatDateTime } from '../../lib/format';
import { PrintToolbar } from '../printing/PrintToolbar';
import { HandoutSheet } from './HandoutSheet';
import { HandoutUnavailable } from './HandoutUnavailable';
import { ReferralOption } from './ReferralOption';
import { referralFor, withReferral } from './handout-referral';
import { PAPER_LABEL } from './handout-text';
import { useHandoutOutput } from './useHandoutOutput';

export function HandoutPreview({ sessionId }: { sessionId: string }) {
  const preview = useApiQuery('handouts.preview', { sessionId });
  const [given, setGiven] = useState<Handout | null>(null);
  const [showReferral, setShowReferral] = useState(false);
  const base = given?.content ?? preview.data ?? null;
  const available = useMemo(() => (base ? referralFor(base.points) : null), [base]);
  // What the sheet shows, and what Print and Export PDF record: the copy given last keeps its own
  // zones; otherwise the atlas's, when the box is ticked.
  const content = useMemo(
    () => base && withReferral(base, showReferral ? (base.referral ?? available) : null),
    [base, showReferral, available],
  );
  const { queue, desktop, output } = useHandoutOutput(content);
  const { showError } = useAlert();
  const [busy, setBusy] = useState<HandoutFormat | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const backHref = `/sessions/${sessionId}/home-care`;

  if (!content)
    return <HandoutUnavailable backHref={backHref} backLabel="Back to home care" loading={preview.loading} />;

  const give = async (format: HandoutFormat) => {
    if (busy) return;
    if (content.exercises.length === 0 && content.points.length === 0) {
      showError(new ApiError('invalid_input', EMPTY_PLAN_MESSAGE));
      return;
    }
    setBusy(format);
    setNotice(null);
    try {
      if (format === 'pdf' && desktop) {
        // The desktop app knows whether the file was saved: record the handout only then, with
        // its file name. (The sheet on screen is the same content the record keeps.)
        const result = await output('pdf', content);
        if (result?.status === 'saved') {
          const handout = await api.call('handouts.create', {
            sessionId,
            format,
            fileName: result.filePath,
            referral: content.referral ?? null,
          });
          setGiven(handout);
          setNotice(`Recorded as given on ${formatDateTime(handout.givenAt)}. Saved as ${result.filePath}`);
        } else if (result?.status === 'cancelled') {
          setNotice('The PDF was not saved, so no handout was recorded.');
        } else if (result?.status === 'error') {
          showError(new ApiError('internal', result.message));
        }
        return;
      }
      const handout = await api.call('handouts.create', {
        sessionId,
        format,
        fileName: null,
        referral: content.referral ?? null,
      });
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
        backLabel="Back to home care"
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
      <ReferralOption
        checked={showReferral}
        onChange={setShowReferral}
        available={available !== null}
        hasPoints={content.points.length > 0}
        disabled={busy !== null}
      />
      <HandoutSheet content={content} queue={queue} />
    </div>
  );
}
