/**
 * The SOAP note: Subjective, Objective, Assessment and Plan. Objective can take a written
 * summary of the body chart. Quick phrases (from Settings) work in every field.
 */
import { useId } from 'react';
import { Link } from 'wouter';
import type { ChartSnapshot, QuickPhrase } from '../../../db/api/contract';
import { summarizeChart } from './chart-summary';
import type { TextField } from './draft-queue';
import { NoteField } from './NoteField';
import type { SessionDraft } from './useSessionDraft';
import './session-record.css';

const FIELDS: { field: TextField; label: string; hint: string }[] = [
  {
    field: 'subjective',
    label: 'Subjective',
    hint: 'The complaint in the client’s words: where, since when, what makes it worse or better.',
  },
  { field: 'objective', label: 'Objective', hint: 'What you observed: posture, tone, findings.' },
  {
    field: 'assessment',
    label: 'Assessment',
    hint: 'How the tissue and the client responded. Describe what changed; do not diagnose.',
  },
  { field: 'plan', label: 'Plan', hint: 'Treatment given, home care, next visit.' },
];

interface Props {
  draft: Pick<SessionDraft, 'session' | 'editable' | 'update' | 'flush'>;
  editable?: boolean;
  /** From settings.get. */
  quickPhrases: readonly QuickPhrase[];
  /** The chart as saved, e.g. () => api.call('chart.get', { sessionId }). */
  getChart?: () => Promise<Pick<ChartSnapshot, 'marks' | 'carried'>>;
}

export function SoapNote({ draft, editable = draft.editable, quickPhrases, getChart }: Props) {
  const id = useId();
  const { session, update } = draft;
  const flush = () => void draft.flush();

  return (
    <section className="card record-card soap" aria-labelledby={`${id}-heading`}>
      <div className="record-card__head">
        <h2 className="card__heading record-card__heading" id={`${id}-heading`}>
          Session note
        </h2>
        {editable && (
          <p className="record-card__meta">
            {quickPhrases.length > 0 ? (
              <>
                Type a phrase’s short name, then press <kbd>Ctrl</kbd>+<kbd>Space</kbd> to write it out.
              </>
            ) : (
              <>
                No quick phrases yet. <Link href="/settings">Add phrases in Settings</Link>
              </>
            )}
          </p>
        )}
      </div>
      <div className="soap__fields">
        {FIELDS.map(({ field, label, hint }) => (
          <NoteField
            key={field}
            id={`${id}-${field}`}
            label={label}
            hint={hint}
            value={session[field]}
            editable={editable}
            phrases={quickPhrases}
            onEdit={(edit) => update((current) => ({ [field]: edit(current[field]) }))}
            onBlur={flush}
            {...(field === 'objective' && getChart
              ? {
                  append: {
                    label: 'Insert chart findings',
                    busyLabel: 'Reading the chart…',
                    load: async () => summarizeChart(await getChart()),
                  },
                }
              : {})}
          />
        ))}
      </div>
    </section>
  );
}
