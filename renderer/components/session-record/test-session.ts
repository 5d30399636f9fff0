/** A draft session for the tests of this folder. */
import { EMPTY_ROM } from '../../../db/api/clinical';
import type { Session } from '../../../db/api/contract';

export function makeSession(overrides: Partial<Session> = {}): Session {
  return {
    id: '6b1f4c1e-8d3a-4c55-9a55-0f2b8e6f2a01',
    clientId: '0c9f1d2e-3b4a-4e6f-8a7b-1c2d3e4f5a6b',
    startedAt: '2026-11-21T09:30:00.000Z',
    durationMinutes: 60,
    subjective: '',
    objective: '',
    assessment: '',
    plan: '',
    painBefore: null,
    painAfter: null,
    rom: { ...EMPTY_ROM },
    redFlags: {},
    redFlagsScreenedAt: null,
    referralAlertAt: null,
    perpetuatingFactors: [],
    signedRecord: null,
    ndi: null,
    ndiAt: null,
    status: 'draft',
    signedBy: null,
    signedAt: null,
    createdAt: '2026-11-21T09:29:00.000Z',
    updatedAt: '2026-11-21T09:29:00.000Z',
    ...overrides,
  };
}
