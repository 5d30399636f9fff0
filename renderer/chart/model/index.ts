/** The body chart's model: plain TypeScript, no React or Konva (see chart-model.ts). */
export type { ChartArtwork, MuscleHit } from './artwork-port';
export { ChartModel } from './chart-model';
export { MERGE_WINDOW_MS } from './history';
export { ChartSaver, SAVE_FAILED_MESSAGE } from './saver';
export type { ChartSaveInput, ChartSaverOptions, SaveStatus } from './saver';
export * from './transform';
export { MAX_ZONE_POINTS } from './zone-commands';
export { MESSAGES } from './types';
export type {
  CarriedState,
  Caution,
  Change,
  ChartModelOptions,
  CommandResult,
  DeleteMode,
  DirtyIds,
  MarkPatch,
  MarkTool,
  Step,
  ZonePatch,
} from './types';
