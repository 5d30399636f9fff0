/**
 * The selected point's record: where it is, what was done and how the tissue and the client
 * responded. Every field saves as it changes; the caution warning stays while it applies.
 */
import { useCallback } from 'react';
import { CAUTION_PRESSURE, type ChartMark, type Side, type Technique } from '../../../db/api/contract';
import { MUSCLE_NAMES } from '../artwork';
import type { ChartModel, MarkPatch } from '../model';
import { ChoiceField, NumberField, TextField, YesNoField } from './InspectorFields';
import { lastVisitText } from './reassess-text';
import { kindLabel } from './symbols';
import './reassess.css';

const SIDES: { value: Side; label: string }[] = [
  { value: 'left', label: 'Left' },
  { value: 'right', label: 'Right' },
  { value: 'midline', label: 'Midline' },
];
const TECHNIQUES: { value: Technique; label: string }[] = [
  { value: 'ischemic_compression', label: 'Ischemic compression' },
  { value: 'pin_and_stretch', label: 'Pin and stretch' },
  { value: 'stripping', label: 'Stripping' },
  { value: 'cross_fibre', label: 'Cross-fibre' },
  { value: 'other', label: 'Other' },
];
const RELEASES = [
  { value: 'none', label: 'None' },
  { value: 'partial', label: 'Partial' },
  { value: 'full', label: 'Full' },
] as const;

export function markName(mark: ChartMark): string {
  const where = mark.muscle
    ? `${mark.muscle}${mark.side && mark.side !== 'midline' ? ` (${mark.side})` : ''}`
    : 'no muscle named';
  return `${kindLabel(mark)}, ${where}`;
}

export function MarkInspector({
  model,
  mark,
  onMessage,
}: {
  model: ChartModel;
  mark: ChartMark;
  onMessage: (m: string | null) => void;
}) {
  const disabled = !model.editable;
  const set = useCallback(
    (patch: MarkPatch): string | null => {
      const result = model.updateMark(mark.id, patch);
      const message = result.ok ? null : result.message;
      onMessage(message);
      return message;
    },
    [model, mark.id, onMessage],
  );
  const caution = model.cautionFor(mark);
  const primary = model.primaryOf(mark);
  const primaries = model.visibleMarks().filter((m) => m.kind === 'trigger_point' && m.id !== mark.id);
  const f = (name: string) => `inspector-${name}`;
  const isTrigger = mark.kind === 'trigger_point' || mark.kind === 'satellite';
  // A point carried from the last visit: its findings then, beside today's.
  const lastVisit = model.carriedFor(mark);

  return (
    <section className="inspector" aria-labelledby="inspector-title">
      <h3 id="inspector-title">{markName(mark)}</h3>
      {lastVisit && <p className="inspector__last-visit">{lastVisitText(lastVisit)}</p>}
      {caution && (
        <p className={`caution caution--${caution}`} role="status">
          {caution === 'pressure'
            ? `Front of the neck: pressure of ${CAUTION_PRESSURE}/10 or more here can press on the carotid artery. Ease off.`
            : 'Front of the neck: keep pressure light here (carotid artery, jugular vein, thyroid, windpipe).'}
        </p>
      )}
      {mark.kind === 'satellite' && (
        <div className="inspector__link">
          <ChoiceField
            id={f('primary')}
            label="Primary trigger point"
            value={primary?.id ?? null}
            empty="None"
            disabled={disabled}
            options={primaries.map((p) => ({ value: p.id, label: markName(p) }))}
            onCommit={(id) => {
              const result = id ? model.linkSatellite(mark.id, id) : model.unlinkSatellite(mark.id);
              onMessage(result.ok ? null : result.message);
            }}
          />
        </div>
      )}
      <div className="inspector__grid">
        <TextField
          id={f('muscle')}
          label="Muscle"
          value={mark.muscle ?? ''}
          list="muscle-names"
          disabled={disabled}
          onCommit={(v) => set({ muscle: v.trim() || null })}
        />
        <datalist id="muscle-names">
          {MUSCLE_NAMES.map((m) => (
            <option key={m} value={m} />
          ))}
        </datalist>
        <ChoiceField
          id={f('side')}
          label="Side"
          value={mark.side}
          options={SIDES}
          empty="Not recorded"
          disabled={disabled}
          onCommit={(side) => set({ side })}
        />
        {isTrigger && (
          <ChoiceField
            id={f('activity')}
            label="Active or latent"
            value={mark.activity}
            options={[
              { value: 'active', label: 'Active' },
              { value: 'latent', label: 'Latent' },
            ]}
            disabled={disabled}
            onCommit={(activity) => set({ activity })}
          />
        )}
        {mark.kind !== 'note_pin' && (
          <>
            <NumberField
              id={f('pressure')}
              label="Pressure (discomfort 0-10)"
              value={mark.pressure}
              min={0}
              max={10}
              disabled={disabled}
              onCommit={(pressure) => set({ pressure })}
            />
            <NumberField
              id={f('algometer')}
              label="Algometer"
              unit="kg/cm²"
              value={mark.pressureKgCm2}
              min={0}
              max={20}
              decimals={2}
              disabled={disabled}
              onCommit={(pressureKgCm2) => set({ pressureKgCm2 })}
            />
            <NumberField
              id={f('hold')}
              label="Hold time"
              unit="s"
              value={mark.holdSeconds}
              min={0}
              max={3600}
              disabled={disabled}
              onCommit={(holdSeconds) => set({ holdSeconds })}
            />
            <NumberField
              id={f('repetitions')}
              label="Repetitions"
              value={mark.repetitions}
              min={0}
              max={100}
              disabled={disabled}
              onCommit={(repetitions) => set({ repetitions })}
            />
            <ChoiceField
              id={f('technique')}
              label="Technique"
              value={mark.technique}
              options={TECHNIQUES}
              empty="Not recorded"
              disabled={disabled}
              onCommit={(technique) => set({ technique })}
            />
            <NumberField
              id={f('tenderness')}
              label="Tenderness before (0-10)"
              value={mark.tenderness}
              min={0}
              max={10}
              disabled={disabled}
              onCommit={(tenderness) => set({ tenderness })}
            />
            <NumberField
              id={f('tenderness-after')}
              label="Tenderness after (0-10)"
              value={mark.tendernessAfter}
              min={0}
              max={10}
              disabled={disabled}
              onCommit={(tendernessAfter) => set({ tendernessAfter })}
            />
            <NumberField
              id={f('ppt')}
              label="Pressure pain threshold (kg/cm²)"
              value={mark.pptKgCm2}
              min={0}
              max={20}
              decimals={1}
              disabled={disabled}
              onCommit={(pptKgCm2) => set({ pptKgCm2 })}
            />
            <YesNoField
              id={f('jump')}
              label="Jump sign"
              value={mark.jumpSign}
              disabled={disabled}
              onCommit={(jumpSign) => set({ jumpSign })}
            />
            <YesNoField
              id={f('twitch')}
              label="Local twitch response"
              value={mark.twitchResponse}
              disabled={disabled}
              onCommit={(twitchResponse) => set({ twitchResponse })}
            />
            <YesNoField
              id={f('referred')}
              label="Referred pain reproduced"
              value={mark.referredPainReproduced}
              disabled={disabled}
              onCommit={(referredPainReproduced) => set({ referredPainReproduced })}
            />
            <ChoiceField
              id={f('release')}
              label="Release"
              value={mark.release}
              options={RELEASES}
              empty="Not recorded"
              disabled={disabled}
              onCommit={(release) => set({ release })}
            />
            <TextField
              id={f('referred-where')}
              label="Where the pain was referred"
              value={mark.referredPainWhere}
              disabled={disabled}
              onCommit={(referredPainWhere) => set({ referredPainWhere })}
            />
          </>
        )}
        <TextField
          id={f('note')}
          label="Note"
          value={mark.note}
          multiline
          disabled={disabled}
          onCommit={(note) => set({ note })}
        />
      </div>
    </section>
  );
}
