/**
 * How each kind of mark and zone is drawn: one table shared by the canvas and the legend, so the
 * legend always shows exactly the symbols the chart uses.
 */
import type { ChartMark, ChartZone } from '../../../db/api/contract';

export type SymbolId = 'active' | 'latent' | 'satellite' | 'tender' | 'note' | 'essential' | 'spillover' | 'caution';

export interface SymbolStyle {
  id: SymbolId;
  label: string;
  description: string;
  fill: string;
  stroke: string;
}

export const SYMBOLS: Record<SymbolId, SymbolStyle> = {
  active: {
    id: 'active',
    label: 'Active trigger point',
    description: 'reproduces the familiar complaint',
    fill: '#c62828',
    stroke: '#7f0000',
  },
  latent: {
    id: 'latent',
    label: 'Latent trigger point',
    description: 'tender only when pressed',
    fill: '#ffffff',
    stroke: '#c62828',
  },
  satellite: {
    id: 'satellite',
    label: 'Satellite',
    description: 'linked to its primary by a line',
    fill: '#ef6c00',
    stroke: '#8a3d00',
  },
  tender: {
    id: 'tender',
    label: 'Tender point',
    description: 'tender, not a trigger point',
    fill: '#1565c0',
    stroke: '#0d3c73',
  },
  note: { id: 'note', label: 'Note pin', description: 'a note on the chart', fill: '#6a1b9a', stroke: '#3d0f59' },
  essential: {
    id: 'essential',
    label: 'Essential referral zone',
    description: 'where pain is nearly always felt',
    fill: 'rgba(198, 40, 40, 0.32)',
    stroke: '#b71c1c',
  },
  spillover: {
    id: 'spillover',
    label: 'Spillover referral zone',
    description: 'where pain is sometimes felt (hatched)',
    fill: 'rgba(198, 40, 40, 0.10)',
    stroke: '#b71c1c',
  },
  caution: {
    id: 'caution',
    label: 'Caution zone',
    description: 'front of the neck: no firm pressure',
    fill: 'rgba(245, 176, 0, 0.25)',
    stroke: '#b07d00',
  },
};

/**
 * A point from the last visit waiting to be re-assessed: its own symbol, faded, in a dashed ring.
 * Not one of SYMBOLS: it is drawn from the point's kind, and listed only while one is shown.
 */
export const GHOST = {
  label: 'To re-assess (from last visit)',
  description: 'faded, in a dashed ring: mark it still present or resolved',
  ring: '#37474f',
  /** Opacity of the symbol inside the ring. */
  alpha: 0.4,
  /** Radius of the dashed ring, in mark radii. */
  ringRadius: 1.6,
} as const;

export function markSymbol(mark: Pick<ChartMark, 'kind' | 'activity'>): SymbolStyle {
  switch (mark.kind) {
    case 'trigger_point':
      return mark.activity === 'latent' ? SYMBOLS.latent : SYMBOLS.active;
    case 'satellite':
      return SYMBOLS.satellite;
    case 'tender_point':
      return SYMBOLS.tender;
    case 'note_pin':
      return SYMBOLS.note;
  }
}

export function zoneSymbol(zone: Pick<ChartZone, 'pattern'>): SymbolStyle {
  return zone.pattern === 'spillover' ? SYMBOLS.spillover : SYMBOLS.essential;
}

/** Screen radius of a mark in pixels, whatever the zoom. */
export const MARK_RADIUS_PX = 7;

export function kindLabel(mark: Pick<ChartMark, 'kind' | 'activity'>): string {
  return markSymbol(mark).label;
}

/** A note pin's head sits above the point it marks: its centre is this many radii higher. */
export const NOTE_PIN_LIFT = 1.5;
