/**
 * A handout as it was given (`#/handouts/:id`): printed again from the copy kept when it was
 * given, so it reads the same whatever has changed since. Printing it again records nothing.
 */
import { useState } from 'react';
import type { HandoutFormat } from '../../../db/api/contract';
import { ApiError } from '../../api/client';
import { useAlert } from '../../app/alert';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatDateTime } from '../../lib/format';
import { PrintToolbar } from '../printing/PrintToolbar';
import { HandoutSheet } from './HandoutSheet';
import { HandoutUnavailable } from './HandoutUnavailable';
import { PAPER_LABEL } from './handout-text';
import { useHandoutOutput } from './useHandoutOutput';

export function RecordedHandout({ handoutId }: { handoutId: string }) {
  const handout = useApiQuery('handouts.get', { id: handoutId });
  const content = handout.data?.content ?? null;
  const { queue, desktop, output } = useHandoutOutput(content);
  const { showError } = useAlert();
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  if (!handout.data) {
    return <HandoutUnavailable backHref="/" backLabel="Back to clients" loading={handout.loading} />;
  }
  const backHref = `/sessions/${handout.data.sessionId}`;
  const givenOn = `Given on ${formatDateTime(handout.data.givenAt)}`;
  if (!content) {
    return (
      <HandoutUnavailable
        backHref={backHref}
        backLabel="Back to session"
        loading={false}
        title="This handout cannot be printed again"
      >
        {`${givenOn}, before Knotbook kept a copy of what each handout shows.`}
      </HandoutUnavailable>
    );
  }

  const run = async (format: HandoutFormat) => {
    setExporting(format === 'pdf');
    setNotice(null);
    const result = await output(format, content);
    setExporting(false);
    if (result?.status === 'saved') setNotice(`Saved as ${result.filePath}`);
    else if (result?.status === 'error') showError(new ApiError('internal', result.message));
  };

  return (
    <div className="handout printed-page">
      <PrintToolbar
        backHref={backHref}
        backLabel="Back to session"
        desktop={desktop}
        exporting={exporting}
        notice={notice}
        onPrint={() => void run('print')}
        onExport={() => void run('pdf')}
      >
        {PAPER_LABEL[content.paperSize]} · {givenOn}
      </PrintToolbar>
      <HandoutSheet content={content} queue={queue} />
    </div>
  );
}
