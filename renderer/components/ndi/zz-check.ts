import type { SessionDraft } from '../session-record/useSessionDraft';
import type { NdiDraft } from './NdiQuestionnaire';
export const check = (d: SessionDraft): NdiDraft => d;
