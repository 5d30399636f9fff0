/** Audit entries in the therapist's words: "Chart point changed: Tenderness before, Note". */
import type { AuditEntry } from '../../../db/api/contract';
import { fieldLabels } from '../../../db/api/validation';

const things: Record<string, string> = {
  client: 'Client record',
  session: 'Session',
  mark: 'Chart point',
  referral_zone: 'Referral zone',
  amendment: 'Amendment',
  reassessment: 'Point from the last visit',
  home_care_plan_item: 'Home-care exercise',
  home_care_plan: 'Home-care plan',
  handout: 'Home-care sheet',
  settings: 'Settings',
};

const doings: Record<AuditEntry['action'], string> = {
  create: 'added',
  update: 'changed',
  archive: 'archived',
  restore: 'restored',
  sign: 'signed',
  amend: 'amended',
  delete: 'deleted',
};

/** "Session signed", "Chart point added". */
export function describeAction(entry: Pick<AuditEntry, 'action' | 'entity'>): string {
  if (entry.action === 'amend' && entry.entity === 'amendment') return 'Amendment added';
  if (entry.entity === 'import') return 'Records imported from a file';
  return `${things[entry.entity] ?? entry.entity.replace(/_/g, ' ')} ${doings[entry.action]}`;
}

/** The changed fields by their labels: "rom.flexion" → "Range of motion: Flexion". */
export function describeFields(changes: readonly string[]): string {
  return changes
    .map((name) =>
      name
        .split('.')
        .map((part) => fieldLabels[part] ?? part.replace(/_/g, ' '))
        .join(': '),
    )
    .join(', ');
}
