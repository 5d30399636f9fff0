import type { BackupInfo } from '../../../db/api/contract';

export const BACKUP_KIND_LABEL: Record<BackupInfo['kind'], string> = {
  daily: 'Daily, automatic',
  'before-migration': 'Before an update',
  'before-restore': 'Before a restore',
  manual: 'Made by you',
  encrypted: 'Encrypted',
};

/** "2.4 MB": sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['kB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
