import type { SessionStatus } from '../../../db/api/contract';
import { Badge } from '../Badge';

const words: Record<SessionStatus, string> = { draft: 'Draft', signed: 'Signed' };

export function StatusBadge({ status }: { status: SessionStatus }) {
  return <Badge tone={status}>{words[status]}</Badge>;
}
