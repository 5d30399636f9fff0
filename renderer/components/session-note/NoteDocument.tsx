/**
 * The session note as one document: what the screen shows as a sheet of paper is exactly what
 * the printer and the PDF get (../printing/printing.css keeps everything else off paper). Every text
 * the client or therapist wrote is rendered by React as text, never as HTML.
 */
import { memo, useMemo } from 'react';
import type { Amendment, ChartSnapshot, Client, Session, Settings } from '../../../db/api/contract';
import type { PaintQueue } from '../printing/paint-queue';
import { NoteChartSection } from './NoteChart';
import { NoteContraindications, NoteRedFlags, NoteSoap } from './NoteClinical';
import { NoteHeader } from './NoteHeader';
import { NoteMeasures, NotePerpetuatingFactors } from './NoteMeasures';
import { NotePoints } from './NotePoints';
import { NoteAmendments, NoteSignature } from './NoteSignature';
import { noteChart } from './note-scene';
import '../printing/printing.css';
import './session-note.css';

export interface NoteData {
  session: Session;
  client: Client;
  settings: Settings;
  chart: ChartSnapshot;
  amendments: readonly Amendment[];
}

/** Memoised: it renders again only when the data is loaded again. */
export const NoteDocument = memo(function NoteDocument({ data, queue }: { data: NoteData; queue: PaintQueue }) {
  const { session, client, settings, amendments } = data;
  const chart = useMemo(() => noteChart(data.chart), [data.chart]);
  return (
    <article className={`print-sheet print-sheet--${settings.paperSize}`} aria-label="Session note">
      <NoteHeader settings={settings} client={client} session={session} />
      <NoteContraindications client={client} />
      <NoteRedFlags session={session} />
      <NoteSoap session={session} />
      <NoteMeasures session={session} />
      <NotePerpetuatingFactors session={session} />
      <NotePoints marks={chart.marks} carried={data.chart.carried} />
      <NoteChartSection chart={chart} queue={queue} />
      <NoteSignature session={session} settings={settings} />
      <NoteAmendments amendments={amendments} />
    </article>
  );
});
